package eu.od4growth.workshop.registration;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.workshop.Fixtures;
import eu.od4growth.workshop.Mails;
import eu.od4growth.workshop.Participants;
import eu.od4growth.workshop.TestClock;
import eu.od4growth.workshop.calendar.Ics;
import eu.od4growth.workshop.mail.MailOutbox;
import io.quarkus.mailer.Attachment;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.model.Property;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Check-in at the door by code or QR code, from the list, its undo, and the attendance and no-shows of a session. */
@QuarkusTest
@ServiceTest
class CheckInTest {

    @Inject
    TestClock clock;
    @Inject
    MailOutbox outbox;
    @Inject
    MockMailbox mailbox;

    private final String organisation = Fixtures.organisation();
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String register(String user, String session, String status) {
        return given().auth().oauth2(Participants.token(user, "some-org", "fr")).contentType(ContentType.JSON)
                .body("{\"session\": \"" + session + "\", \"answers\": {}}").post("/api/registrations").then()
                .statusCode(201).body("status", is(status)).extract().path("id");
    }

    private String session(int capacity) {
        String event = Fixtures.publishedEvent(coordinator, "{\"fr\": \"Atelier\", \"en\": \"Workshop\"}", "[\"POLICY\"]");
        return Fixtures.sessionAt(coordinator, event, capacity,
                Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS), Duration.ofHours(1));
    }

    @Test
    void confirmedParticipantsAreCheckedInByCodeOnceAndTheUndoIsCounted() {
        String session = session(1);
        String confirmed = register("ana-" + run, session, "CONFIRMED");
        String waiting = register("bo-" + run, session, "WAITING");
        String code = given().auth().oauth2(coordinator).get("/api/registrations/" + confirmed).then().statusCode(200)
                .body("checkInCode", matchesPattern("[A-Z2-9]{4}-[A-Z2-9]{4}")).body("checkedInAt", nullValue())
                .extract().path("checkInCode");
        given().auth().oauth2(coordinator).get("/api/registrations/" + waiting).then().statusCode(200)
                .body("checkInCode", nullValue());

        // At the door: the code as people type it, in lower case and without the dash.
        String first = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"session\": \"" + session + "\", \"code\": \"" + code.toLowerCase().replace("-", "") + "\"}")
                .post("/api/registrations/check-ins").then().statusCode(200).body("id", is(confirmed))
                .body("checkedInAt", notNullValue()).extract().path("checkedInAt");
        given().auth().oauth2(coordinator).post("/api/registrations/" + confirmed + "/check-in").then().statusCode(200)
                .body("checkedInAt", is(first));
        given().auth().oauth2(coordinator).get("/api/sessions/" + session + "/attendance").then().statusCode(200)
                .body("confirmed", is(1)).body("checkedIn", is(1)).body("ended", is(false))
                .body("noShows", nullValue());

        given().auth().oauth2(coordinator).delete("/api/registrations/" + confirmed + "/check-in").then()
                .statusCode(200).body("checkedInAt", nullValue());
        clock.advance(Duration.ofDays(3));
        given().auth().oauth2(coordinator).get("/api/sessions/" + session + "/attendance").then().statusCode(200)
                .body("checkedIn", is(0)).body("ended", is(true)).body("noShows", is(1))
                .body("attendanceRate", is(0.0f));
    }

    @Test
    void waitingCancelledUnknownAndOtherPeoplesCheckInsAreRefused() {
        String session = session(1);
        String confirmed = register("cy-" + run, session, "CONFIRMED");
        String waiting = register("di-" + run, session, "WAITING");
        given().auth().oauth2(coordinator).post("/api/registrations/" + waiting + "/check-in").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"session\": \"" + session + "\", \"code\": \"ZZZZ-ZZZZ\"}").post("/api/registrations/check-ins")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"session\": \"" + session + "\", \"code\": \"abc\"}").post("/api/registrations/check-ins")
                .then().statusCode(400).body("violations[0].field", is("code"));
        String participant = Participants.token("cy-" + run, "some-org", "fr");
        given().auth().oauth2(participant).post("/api/registrations/" + confirmed + "/check-in").then().statusCode(403);
        String stranger = Tokens.of("coordinator-x", "other-" + organisation, "coordinator");
        given().auth().oauth2(stranger).post("/api/registrations/" + confirmed + "/check-in").then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/sessions/" + session + "/attendance").then().statusCode(403);
        given().get("/api/sessions/" + session + "/attendance").then().statusCode(401);

        String etag = given().auth().oauth2(coordinator).get("/api/registrations/" + confirmed).then().extract()
                .header("ETag");
        given().auth().oauth2(coordinator).header("If-Match", etag).post("/api/registrations/" + confirmed + "/cancel")
                .then().statusCode(200);
        given().auth().oauth2(coordinator).post("/api/registrations/" + confirmed + "/check-in").then().statusCode(409);
        given().auth().oauth2(participant).get("/api/registrations/" + confirmed + "/qr.svg").then().statusCode(409);
    }

    @Test
    void theQrCodeHoldsTheCodeAndTheConfirmationMailCarriesItWithTheInvitation() throws Exception {
        String session = session(5);
        String user = "ed-" + run;
        String id = register(user, session, "CONFIRMED");
        String participant = Participants.token(user, "some-org", "fr");
        String code = given().auth().oauth2(participant).get("/api/registrations/" + id).then().statusCode(200)
                .extract().path("checkInCode");
        byte[] png = given().auth().oauth2(participant).get("/api/registrations/" + id + "/qr.png").then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(decode(png)).isEqualTo(code);
        assertThat(given().auth().oauth2(coordinator).get("/api/registrations/" + id + "/qr.svg").then()
                .statusCode(200).contentType("image/svg+xml").extract().asString()).startsWith("<svg").contains(code);
        given().get("/api/registrations/" + id + "/qr.png").then().statusCode(401);

        while (outbox.drain() > 0) {
            // send everything
        }
        Mail confirmation = mailbox.getMailsSentTo(Participants.email(user)).stream()
                .filter(m -> m.getSubject().contains("confirmée")).findFirst().orElseThrow();
        assertThat(confirmation.getText()).contains(code);
        assertThat(confirmation.getHtml()).contains("cid:check-in-qr@od4g");
        List<Attachment> attachments = confirmation.getAttachments();
        Attachment qr = attachments.stream().filter(Attachment::isInlineAttachment).findFirst().orElseThrow();
        assertThat(qr.getContentId()).isEqualTo("<check-in-qr@od4g>");
        assertThat(decode(Mails.bytes(qr))).isEqualTo(code);
        Attachment invitation = attachments.stream().filter(a -> a.getName().endsWith(".ics")).findFirst()
                .orElseThrow();
        String ics = new String(Mails.bytes(invitation), StandardCharsets.UTF_8);
        assertThat(Ics.value(Ics.events(Ics.parse(ics)).get(0), Property.UID)).isEqualTo(session + "@od4growth.eu");
        // The participant's own invitation is the one place of the join URL.
        assertThat(ics).contains("secret-room");
    }

    private static String decode(byte[] png) throws IOException, com.google.zxing.FormatException,
            com.google.zxing.ChecksumException, com.google.zxing.NotFoundException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}
