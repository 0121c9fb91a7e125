package eu.od4growth.workshop.registration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.workshop.Fixtures;
import eu.od4growth.workshop.Mails;
import eu.od4growth.workshop.Participants;
import eu.od4growth.workshop.Replicas;
import eu.od4growth.workshop.TestClock;
import eu.od4growth.workshop.calendar.Ics;
import eu.od4growth.workshop.mail.MailOutbox;
import eu.od4growth.workshop.registration.application.Reminders;
import io.quarkus.mailer.Attachment;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.model.Property;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Reminders at the event's offsets: once per registration and offset, even when two job runs overlap, .ics attached. */
@QuarkusTest
@ServiceTest
class ReminderTest {

    @Inject
    TestClock clock;
    @Inject
    Reminders reminders;
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

    private void register(String user, String session, String status) {
        given().auth().oauth2(Participants.token(user + "-" + run, "some-org", "en")).contentType(ContentType.JSON)
                .body("{\"session\": \"" + session + "\", \"answers\": {}}").post("/api/registrations").then()
                .statusCode(201).body("status", is(status));
    }

    private List<Mail> remindersOf(String user) {
        while (outbox.drain() > 0) {
            // send everything
        }
        return mailbox.getMailsSentTo(Participants.email(user + "-" + run)).stream()
                .filter(mail -> mail.getSubject().startsWith("Reminder")).toList();
    }

    private void runTwoJobsAtOnceThenOneMore() throws Exception {
        Replicas.runTwoAtOnce(reminders::send);
        reminders.send();
    }

    @Test
    void confirmedParticipantsAreRemindedOncePerOffsetWithTheCalendarAttached() throws Exception {
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("""
                {"title": {"en": "Reminded workshop"}, "kind": "WORKSHOP", "format": "ONLINE",
                 "joinUrl": "https://visio.example.org/reminded", "reminders": ["P1D", "PT1H"],
                 "startsAt": "2031-02-09T09:00:00Z", "endsAt": "2031-02-09T10:00:00Z"}""").post("/api/events").then()
                .statusCode(201).body("reminders", org.hamcrest.Matchers.contains("PT24H", "PT1H")).extract()
                .header("Location");
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").post(url + "/publish").then().statusCode(200);
        String event = url.substring(url.lastIndexOf('/') + 1);
        Instant start = Instant.now().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.MINUTES);
        String session = Fixtures.sessionAt(coordinator, event, 1, start, Duration.ofHours(1));
        register("ana", session, "CONFIRMED");
        register("bo", session, "WAITING");

        runTwoJobsAtOnceThenOneMore();
        assertThat(remindersOf("ana")).isEmpty();

        clock.advance(Duration.ofHours(7)); // 23 hours before: the one-day reminder is due
        runTwoJobsAtOnceThenOneMore();
        assertThat(remindersOf("ana")).hasSize(1);
        assertThat(remindersOf("bo")).isEmpty();

        clock.advance(Duration.ofHours(22).plusMinutes(30)); // 30 minutes before: the one-hour reminder
        runTwoJobsAtOnceThenOneMore();
        List<Mail> sent = remindersOf("ana");
        assertThat(sent).hasSize(2);
        Attachment ics = sent.get(1).getAttachments().stream().filter(a -> a.getName().endsWith(".ics")).findFirst()
                .orElseThrow();
        String text = new String(Mails.bytes(ics), StandardCharsets.UTF_8);
        assertThat(Ics.value(Ics.events(Ics.parse(text)).get(0), Property.UID)).isEqualTo(session + "@od4growth.eu");
        assertThat(text).contains("visio.example.org/reminded");

        clock.advance(Duration.ofHours(2)); // started: no more reminders
        runTwoJobsAtOnceThenOneMore();
        assertThat(remindersOf("ana")).hasSize(2);
    }

    @Test
    void remindersOutsideFiveMinutesToSixtyDaysAreRefused() {
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("""
                {"title": {"en": "Bad reminders"}, "kind": "WORKSHOP", "format": "ONLINE", "reminders": ["PT1M", "soon"],
                 "startsAt": "2031-02-09T09:00:00Z", "endsAt": "2031-02-09T10:00:00Z"}""").post("/api/events").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
