package eu.od4growth.workshop.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.workshop.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The .ics of a session and the public feed over HTTP, parsed back with ical4j as a calendar application would. */
@QuarkusTest
@ServiceTest
class CalendarResourceTest {

    private final String organisation = Fixtures.organisation();
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private final Instant start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);

    private static Calendar ics(String path) {
        ExtractableResponse<Response> response = given().get(path).then().statusCode(200).extract();
        assertThat(response.contentType()).isEqualToIgnoringWhitespace("text/calendar;charset=utf-8");
        return Ics.parse(response.asString());
    }

    @Test
    void aSessionsCalendarKeepsItsUidWhileItsSequenceGrowsAndShowsTheCancellation() {
        String event = Fixtures.publishedEvent(coordinator, "{\"fr\": \"Qualité des données\", \"en\": \"Data quality\"}",
                "[\"QUALITY\"]");
        String session = Fixtures.sessionAt(coordinator, event, 10, start, Duration.ofHours(2));
        String path = "/api/sessions/" + session + "/calendar.ics";

        Calendar first = ics(path + "?lang=fr");
        VEvent entry = Ics.events(first).get(0);
        String uid = Ics.value(entry, Property.UID);
        assertThat(uid).isEqualTo(session + "@od4growth.eu");
        assertThat(Ics.value(entry, Property.SUMMARY)).isEqualTo("Qualité des données");
        assertThat(Ics.parameter(entry, Property.DTSTART, "TZID")).isEqualTo("Europe/Paris");
        assertThat(Ics.zones(first)).containsExactly("Europe/Paris");
        assertThat(Ics.value(entry, Property.STATUS)).isEqualTo("CONFIRMED");
        int sequence = Integer.parseInt(Ics.value(entry, Property.SEQUENCE));
        // Never the join URL in a public calendar.
        assertThat(given().get(path).asString()).doesNotContain("secret-room");

        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Fixtures.sessionAtBody(event, 10, start.plus(Duration.ofHours(1)), Duration.ofHours(2)))
                .put("/api/sessions/" + session).then().statusCode(200);
        VEvent moved = Ics.events(ics(path)).get(0);
        assertThat(Ics.value(moved, Property.UID)).isEqualTo(uid);
        int movedSequence = Integer.parseInt(Ics.value(moved, Property.SEQUENCE));
        assertThat(movedSequence).isGreaterThan(sequence);
        assertThat(Ics.value(moved, Property.DTSTART)).isNotEqualTo(Ics.value(entry, Property.DTSTART));

        given().auth().oauth2(coordinator).header("If-Match", "\"1\"").post("/api/sessions/" + session + "/cancel")
                .then().statusCode(200);
        VEvent cancelled = Ics.events(ics(path)).get(0);
        assertThat(Ics.value(cancelled, Property.UID)).isEqualTo(uid);
        assertThat(Ics.value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(Ics.value(cancelled, Property.SEQUENCE))).isGreaterThan(movedSequence);
    }

    @Test
    void theFeedHoldsTheUpcomingSessionsOfPublicEventsFilteredLikeTheEventList() {
        String event = Fixtures.publishedEvent(coordinator, "{\"en\": \"Portal day\"}", "[\"PORTAL\"]");
        String upcoming = Fixtures.sessionAt(coordinator, event, 10, start, Duration.ofHours(1));
        String cancelled = Fixtures.sessionAt(coordinator, event, 10, start.plus(Duration.ofDays(1)), Duration.ofHours(1));
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").post("/api/sessions/" + cancelled + "/cancel")
                .then().statusCode(200);
        String past = Fixtures.sessionAt(coordinator, event, 10, Instant.now().minus(Duration.ofDays(2)),
                Duration.ofHours(1));
        String draft = Fixtures.draftEvent(coordinator);
        String ofDraft = Fixtures.sessionAt(coordinator, draft, 5, start, Duration.ofHours(1));

        String text = given().get("/api/events/calendar.ics?organization=" + organisation).then().statusCode(200)
                .extract().asString();
        assertThat(text).startsWith("BEGIN:VCALENDAR").doesNotContain("secret-room");
        Calendar feed = Ics.parse(text);
        assertThat(Ics.events(feed)).extracting(e -> Ics.value(e, Property.UID)).containsExactly(
                upcoming + "@od4growth.eu", cancelled + "@od4growth.eu");
        assertThat(Ics.value(Ics.withUid(feed, cancelled + "@od4growth.eu"), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Ics.zones(feed)).containsExactly("Europe/Paris");
        assertThat(text).doesNotContain(past).doesNotContain(ofDraft);

        // Filters combine as on the event list: no QUALITY session of this organisation.
        assertThat(Ics.events(ics("/api/events/calendar.ics?organization=" + organisation + "&dimension=QUALITY")))
                .isEmpty();
    }

    @Test
    void aDraftsSessionIsNotFoundAndABadLanguageIsAProblem() {
        String draft = Fixtures.draftEvent(coordinator);
        String session = Fixtures.sessionAt(coordinator, draft, 5, start, Duration.ofHours(1));
        given().get("/api/sessions/" + session + "/calendar.ics").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(coordinator).get("/api/sessions/" + session + "/calendar.ics").then().statusCode(200);
        given().get("/api/events/calendar.ics?lang=xx").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/events/calendar.ics?dimension=NOPE").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
