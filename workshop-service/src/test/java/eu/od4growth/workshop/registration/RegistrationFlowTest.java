package eu.od4growth.workshop.registration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.workshop.Fixtures;
import eu.od4growth.workshop.Participants;
import eu.od4growth.workshop.Replicas;
import eu.od4growth.workshop.TestClock;
import eu.od4growth.workshop.mail.MailOutbox;
import eu.od4growth.workshop.registration.application.OfferExpiry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Registration end to end over HTTP with signed tokens: places, waiting list, offers answered through the API and
 * through mailed links, expiry with a moved clock, capacity, moves, closing, cut-offs, cancellations; and the mails of
 * each step, read from Quarkus' mock mailbox; two offer-expiry runs at once (two replicas) expire and offer once.
 */
@QuarkusTest
@ServiceTest
class RegistrationFlowTest {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/api/registrations/offer-links/\\S+)");
    private static final String ANSWERS = "{\"organisation-type\": \"city\", \"staff\": 3}";

    @Inject
    MockMailbox mailbox;
    @Inject
    MailOutbox outbox;
    @Inject
    OfferExpiry expiry;
    @Inject
    TestClock clock;

    private final String organisation = Fixtures.organisation();
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String user(String name) {
        return name + "-" + run;
    }

    private String token(String name, String locale) {
        return Participants.token(user(name), "some-org", locale);
    }

    private ValidatableResponse register(String token, String session, String answers) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"session\": \"" + session + "\", \"answers\": " + answers + "}").post("/api/registrations")
                .then();
    }

    private String registered(String token, String session, String status) {
        return register(token, session, ANSWERS).statusCode(201).body("status", is(status)).extract().path("id");
    }

    private ValidatableResponse action(String token, String registration, String action) {
        String etag = given().auth().oauth2(token).get("/api/registrations/" + registration).then().statusCode(200)
                .extract().header("ETag");
        return given().auth().oauth2(token).header("If-Match", etag)
                .post("/api/registrations/" + registration + "/" + action).then();
    }

    private String status(String token, String registration) {
        return given().auth().oauth2(token).get("/api/registrations/" + registration).then().statusCode(200).extract()
                .path("status");
    }

    private List<Mail> mailsTo(String name) {
        while (outbox.drain() > 0) {
            // until the outbox is empty
        }
        return mailbox.getMailsSentTo(Participants.email(user(name)));
    }

    private Mail lastMailTo(String name) {
        List<Mail> mails = mailsTo(name);
        assertThat(mails).isNotEmpty();
        return mails.get(mails.size() - 1);
    }

    /** Keeps a rendered mail in target/mail-samples, for people to look at (docs/workshop has a screenshot). */
    private static void sample(String name, String html) {
        try {
            java.nio.file.Path folder = java.nio.file.Path.of("target", "mail-samples");
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.writeString(folder.resolve(name), html);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String link(Mail mail, int index) {
        Matcher matcher = LINK.matcher(mail.getText());
        for (int i = 0; i <= index; i++) {
            assertThat(matcher.find()).as("link %d in %s", i, mail.getText()).isTrue();
        }
        return matcher.group(1).replaceFirst("^http://[^/]+", "");
    }

    @Test
    void theWaitingListIsOfferedFreedPlacesInArrivalOrder() {
        String event = Fixtures.publishedEvent(coordinator);
        String session = Fixtures.session(coordinator, event, 2);
        String anne = token("anne", "fr-FR");
        String bruno = token("bruno", "it");
        String carla = token("carla", null);
        String dario = token("dario", null);
        String first = registered(anne, session, "CONFIRMED");
        registered(bruno, session, "CONFIRMED");
        String third = registered(carla, session, "WAITING");
        String fourth = register(dario, session, ANSWERS).statusCode(201).body("status", is("WAITING"))
                .body("position", is(2)).extract().path("id");
        register(anne, session, ANSWERS).statusCode(409).body("detail", containsString("Already registered"));

        Mail confirmation = lastMailTo("anne");
        assertThat(confirmation.getSubject()).isEqualTo("Votre place est confirmée : Atelier stratégie de données");
        assertThat(confirmation.getText()).contains("Bonjour Name of anne-" + run, "Quand", "10:00",
                "(Europe/Paris)", "https://visio.example.org/strategy");
        assertThat(confirmation.getHtml()).contains("<html lang=\"fr\"", "Maison de la Région, Metz");
        sample("confirmation-fr.html", confirmation.getHtml());
        assertThat(lastMailTo("bruno").getSubject()).isEqualTo("Il suo posto è confermato: Laboratorio strategia dei dati");
        assertThat(lastMailTo("carla").getSubject()).isEqualTo("On the waiting list: Data strategy workshop");
        assertThat(lastMailTo("carla").getText()).contains("number 1 on its waiting list")
                .doesNotContain("visio.example.org");

        // Only confirmed participants (and organisers) see the join URL; people see their own registrations only.
        given().auth().oauth2(anne).get("/api/events/" + event).then().body("joinUrl", notNullValue());
        given().auth().oauth2(carla).get("/api/events/" + event).then().body("joinUrl", nullValue());
        given().auth().oauth2(carla).get("/api/registrations/" + first).then().statusCode(404);
        given().auth().oauth2(carla).get("/api/registrations").then().body("total", is(1)).body("items[0].id", is(third));
        given().auth().oauth2(coordinator).get("/api/registrations?session=" + session).then().body("total", is(4))
                .body("items.status", is(List.of("CONFIRMED", "CONFIRMED", "WAITING", "WAITING")));
        given().get("/api/sessions/" + session).then().body("placesLeft", is(0)).body("waiting", is(2));

        // Anne cancels: her place is offered to Carla, first in line, for 48 hours.
        action(anne, first, "cancel").statusCode(200).body("status", is("CANCELLED"));
        assertThat(lastMailTo("anne").getSubject()).startsWith("Inscription annulée");
        given().auth().oauth2(carla).get("/api/registrations/" + third).then().body("status", is("OFFERED"))
                .body("offerExpiresAt", notNullValue());
        given().auth().oauth2(dario).get("/api/registrations/" + fourth).then().body("position", is(1));
        Mail offer = lastMailTo("carla");
        sample("offer-en.html", offer.getHtml());
        assertThat(offer.getSubject()).isEqualTo("A place is free for you: Data strategy workshop");
        assertThat(offer.getHtml()).contains("Accept the place", "Decline", "/api/registrations/offer-links/");
        // Someone else cannot answer Carla's offer, not even its organiser.
        given().auth().oauth2(dario).header("If-Match", "\"1\"").post("/api/registrations/" + third + "/accept").then()
                .statusCode(404);
        given().auth().oauth2(coordinator).header("If-Match", "\"1\"").post("/api/registrations/" + third + "/accept")
                .then().statusCode(403);

        // Carla declines through the mailed link, without signing in: opening it changes nothing, the button does.
        String decline = link(offer, 1);
        given().get(decline).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Decline"));
        assertThat(status(carla, third)).isEqualTo("OFFERED");
        given().post(decline).then().statusCode(200).body(containsString("next person in line"));
        given().post(decline).then().statusCode(410);
        given().post(link(offer, 0)).then().statusCode(410);
        given().get(decline.substring(0, decline.length() - 3) + "abc").then().statusCode(404);
        assertThat(status(carla, third)).isEqualTo("DECLINED");

        // Dario is offered the place, lets the offer expire; the place is free again for the next who registers.
        assertThat(status(dario, fourth)).isEqualTo("OFFERED");
        assertThat(lastMailTo("dario").getSubject()).startsWith("A place is free for you");
        clock.advance(Duration.ofHours(47));
        expiry.run();
        assertThat(status(dario, fourth)).isEqualTo("OFFERED");
        clock.advance(Duration.ofHours(2));
        assertThat(expiry.run()).isPositive();
        assertThat(status(dario, fourth)).isEqualTo("EXPIRED");
        assertThat(lastMailTo("dario").getSubject()).isEqualTo("Offer expired: Data strategy workshop");
        registered(token("ezio", null), session, "CONFIRMED");
    }

    @Test
    void sentMailsAreCountedInTheMetrics() {
        String event = Fixtures.publishedEvent(coordinator);
        String session = Fixtures.session(coordinator, event, 1);
        registered(token("emma", "en"), session, "CONFIRMED");
        assertThat(mailsTo("emma")).isNotEmpty();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("od4g_mails_total\\{[^}]*result=\"sent\"[^}]*} [1-9]");
    }

    @Test
    void anAcceptedOfferConfirmsAndARaisedCapacityOffersTheNewPlaces() {
        String event = Fixtures.publishedEvent(coordinator);
        String session = Fixtures.session(coordinator, event, 1);
        String anne = token("anne", null);
        String bruno = token("bruno", null);
        String carla = token("carla", null);
        String first = registered(anne, session, "CONFIRMED");
        String second = registered(bruno, session, "WAITING");
        String third = registered(carla, session, "WAITING");
        action(bruno, second, "accept").statusCode(409);

        action(anne, first, "cancel").statusCode(200);
        action(bruno, second, "accept").statusCode(200).body("status", is("CONFIRMED"))
                .body("joinUrl", is("https://visio.example.org/strategy"));
        assertThat(lastMailTo("bruno").getSubject()).isEqualTo("Your place is confirmed: Data strategy workshop");

        // Capacity below the places taken is refused; raised, it offers the new place to the next in line.
        String etag = given().get("/api/sessions/" + session).then().extract().header("ETag");
        given().auth().oauth2(coordinator).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Fixtures.sessionBody(event, 3)).put("/api/sessions/" + session).then().statusCode(200)
                .body("placesTaken", is(2)).body("placesLeft", is(1));
        assertThat(status(carla, third)).isEqualTo("OFFERED");
        etag = given().get("/api/sessions/" + session).then().extract().header("ETag");
        given().auth().oauth2(coordinator).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Fixtures.sessionBody(event, 1)).put("/api/sessions/" + session).then().statusCode(400)
                .body("violations[0].field", is("capacity"))
                .body("violations[0].message", is("must be at least 2, the places already taken"));

        // An offer accepted after its deadline is refused, and the job passes the place on.
        clock.advance(Duration.ofHours(49));
        action(carla, third, "accept").statusCode(409).body("detail", containsString("expired"));
        assertThat(expiry.run()).isPositive();
        assertThat(status(carla, third)).isEqualTo("EXPIRED");
    }

    @Test
    void organisersRegisterSomeoneMovePeopleCloseRegistrationAndCancel() {
        String event = Fixtures.publishedEvent(coordinator);
        String morning = Fixtures.session(coordinator, event, 1);
        String afternoon = Fixtures.session(coordinator, event, 5);
        String anne = token("anne", null);
        String bruno = token("bruno", null);
        registered(anne, morning, "CONFIRMED");
        String second = registered(bruno, morning, "WAITING");

        // Bruno is moved to the afternoon, confirmed there; the move is mailed with the new session.
        String etag = given().auth().oauth2(coordinator).get("/api/registrations/" + second).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(coordinator).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"session\": \"" + afternoon + "\"}").post("/api/registrations/" + second + "/move").then()
                .statusCode(200).body("session", is(afternoon)).body("status", is("CONFIRMED"));
        assertThat(lastMailTo("bruno").getSubject()).isEqualTo("New time or place: Data strategy workshop");
        given().auth().oauth2(bruno).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"session\": \"" + morning + "\"}").post("/api/registrations/" + second + "/move").then()
                .statusCode(403);

        // An organiser registers someone without an account; a participant may not.
        String someone = "{\"session\": \"%s\", \"answers\": %s, \"participant\": {\"name\": \"Zoé\", \"email\": \"%s\", \"language\": \"fr\"}}";
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(someone.formatted(afternoon, ANSWERS, Participants.email(user("zoe")))).post("/api/registrations")
                .then().statusCode(201).body("status", is("CONFIRMED")).body("name", is("Zoé"));
        assertThat(lastMailTo("zoe").getSubject()).startsWith("Votre place est confirmée");
        given().auth().oauth2(anne).contentType(ContentType.JSON)
                .body(someone.formatted(afternoon, ANSWERS, "x@example.org")).post("/api/registrations").then()
                .statusCode(403);

        // Closed registration refuses participants; the session's new time is mailed to those registered.
        etag = given().get("/api/sessions/" + afternoon).then().extract().header("ETag");
        etag = given().auth().oauth2(coordinator).header("If-Match", etag)
                .post("/api/sessions/" + afternoon + "/close-registration").then().statusCode(200).extract()
                .header("ETag");
        register(token("carla", null), afternoon, ANSWERS).statusCode(409).body("detail", containsString("closed"));
        given().auth().oauth2(coordinator).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Fixtures.sessionBody(event, 5).replace("T10:00:00+01:00", "T14:00:00+01:00")
                        .replace("T11:00:00+01:00", "T15:00:00+01:00"))
                .put("/api/sessions/" + afternoon).then().statusCode(200);
        assertThat(lastMailTo("bruno").getText()).contains("2:00 PM – 3:00 PM (Europe/Paris)");

        // Cancelling the event cancels every registration and tells everyone.
        etag = given().auth().oauth2(coordinator).get("/api/events/" + event).then().extract().header("ETag");
        given().auth().oauth2(coordinator).header("If-Match", etag).post("/api/events/" + event + "/cancel").then()
                .statusCode(200);
        assertThat(status(bruno, second)).isEqualTo("CANCELLED");
        assertThat(lastMailTo("anne").getSubject()).isEqualTo("Cancelled by the organiser: Data strategy workshop");
        assertThat(lastMailTo("zoe").getSubject()).startsWith("Annulé par l'organisateur");
    }

    @Test
    void answersAreCheckedWithOneViolationPerBadAnswer() {
        String session = Fixtures.session(coordinator, Fixtures.publishedEvent(coordinator), 5);
        String anne = token("anne", null);
        register(anne, session, "{\"organisation-type\": \"village\", \"staff\": \"many\", \"colour\": \"blue\"}")
                .statusCode(400).body("type", is("/problems/validation"))
                .body("violations.field", is(List.of("answers.colour", "answers.organisation-type", "answers.staff")))
                .body("violations.message", hasItems("must be one of region, city", "must be a number",
                        "is not a question of this event"));
        register(anne, session, "{}").statusCode(400).body("violations[0].field", is("answers.organisation-type"))
                .body("violations[0].message", is("is required"));
        given().auth().oauth2(coordinator).get("/api/registrations?session=" + session).then().body("total", is(0));
        register(anne, session, "{\"organisation-type\": \"region\"}").statusCode(201)
                .body("answers.organisation-type", is("region"));
    }

    @Test
    void registrationFollowsItsWindowAndCancellationItsCutOff() {
        String event = Fixtures.publishedEvent(coordinator);
        String later = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Fixtures.sessionBody(event, 5).replace("\"capacity\"",
                        "\"registrationOpensAt\": \"2031-01-01T00:00:00Z\", \"capacity\""))
                .post("/api/sessions").then().statusCode(201).extract().path("id");
        register(token("anne", null), later, ANSWERS).statusCode(409)
                .body("detail", is("Registration opens at 2031-01-01T01:00+01:00"));
        String past = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Fixtures.sessionBody(event, 5).replace("2031-02-08T10:00:00+01:00", "2020-01-01T00:00:00Z"))
                .post("/api/sessions").then().statusCode(201).extract().path("id");
        String anne = token("anne", null);
        String registration = registered(anne, past, "CONFIRMED");
        action(anne, registration, "cancel").statusCode(409).body("detail", containsString("Cancellation was possible until"));
        given().post("/api/registrations").then().statusCode(401);
        action(coordinator, registration, "cancel").statusCode(200).body("status", is("CANCELLED"));
        assertThat(lastMailTo("anne").getSubject()).isEqualTo("Cancelled by the organiser: Data strategy workshop");
    }

    private long mailsTo(String name, String subject) {
        return mailsTo(name).stream().filter(mail -> mail.getSubject().startsWith(subject)).count();
    }

    @Test
    void twoExpiryRunsAtOnceExpireEachOfferOnceAndOfferEachPlaceOnce() throws Exception {
        int places = 3;
        String session = Fixtures.session(coordinator, Fixtures.publishedEvent(coordinator), places);
        List<String> confirmed = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < places; i++) {
            confirmed.add(registered(token("c" + i, "en"), session, "CONFIRMED"));
        }
        for (int i = 0; i <= 2 * places; i++) {
            waiting.add(registered(token("w" + i, "en"), session, "WAITING"));
        }
        for (String registration : confirmed) { // each freed place is offered to the next in line for 48 hours
            action(coordinator, registration, "cancel").statusCode(200);
        }
        clock.advance(Duration.ofHours(49));

        List<Integer> expired = Replicas.runTwoAtOnce(expiry::run);

        assertThat(expired.get(0) + expired.get(1)).isGreaterThanOrEqualTo(places);
        for (int i = 0; i <= 2 * places; i++) {
            String expected = i < places ? "EXPIRED" : i < 2 * places ? "OFFERED" : "WAITING";
            assertThat(status(coordinator, waiting.get(i))).as("w" + i).isEqualTo(expected);
            assertThat(mailsTo("w" + i, "Offer expired")).as("w" + i).isEqualTo(i < places ? 1 : 0);
            assertThat(mailsTo("w" + i, "A place is free for you")).as("w" + i).isEqualTo(i < 2 * places ? 1 : 0);
        }
    }
}
