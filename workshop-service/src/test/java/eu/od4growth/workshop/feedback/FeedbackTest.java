package eu.od4growth.workshop.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.workshop.Fixtures;
import eu.od4growth.workshop.Participants;
import eu.od4growth.workshop.Replicas;
import eu.od4growth.workshop.TestClock;
import eu.od4growth.workshop.feedback.application.Feedbacks;
import eu.od4growth.workshop.mail.MailOutbox;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * The satisfaction questionnaire over HTTP: only attendees, only after the session, once each; ratings 1-5 and the
 * event's extra questions checked; exact aggregates on a fixture; anonymous events; invitations mailed once even when
 * two job runs overlap.
 */
@QuarkusTest
@ServiceTest
class FeedbackTest {

    @Inject
    TestClock clock;
    @Inject
    Feedbacks feedbacks;
    @Inject
    MailOutbox outbox;
    @Inject
    MockMailbox mailbox;

    private final String organisation = Fixtures.organisation();
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final Instant start = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String event(boolean anonymous) {
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("""
                {"title": {"en": "Open data day"}, "kind": "WORKSHOP", "format": "IN_PERSON", "address": "Metz",
                 "startsAt": "2031-02-09T09:00:00Z", "endsAt": "2031-02-09T10:00:00Z",
                 "feedback": {"anonymous": %s, "questions": [
                   {"code": "useful", "type": "YES_NO", "label": {"en": "Useful for your work?"}, "required": true}]}}"""
                .formatted(anonymous)).post("/api/events").then().statusCode(201)
                .body("feedback.anonymous", is(anonymous)).body("feedback.questions[0].code", is("useful"))
                .extract().header("Location");
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").post(url + "/publish").then().statusCode(200);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private String token(String user) {
        return Participants.token(user + "-" + run, "some-org", "en");
    }

    /** Registers {@code user}, and checks them in when {@code attends}. */
    private String attendee(String user, String session, boolean attends) {
        String id = given().auth().oauth2(token(user)).contentType(ContentType.JSON)
                .body("{\"session\": \"" + session + "\", \"answers\": {}}").post("/api/registrations").then()
                .statusCode(201).body("status", is("CONFIRMED")).extract().path("id");
        if (attends) {
            given().auth().oauth2(coordinator).post("/api/registrations/" + id + "/check-in").then().statusCode(200);
        }
        return id;
    }

    private ValidatableResponse answer(String user, String registration, int event, int organization, String comment,
            String answers) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON).body("""
                {"registration": "%s", "eventRating": %d, "organizationRating": %d, "comment": %s, "answers": %s}"""
                .formatted(registration, event, organization, comment == null ? "null" : "\"" + comment + "\"", answers))
                .post("/api/feedback").then();
    }

    @Test
    void attendeesAnswerOnceAfterTheSessionAndTheAggregatesAreExact() {
        String event = event(false);
        String session = Fixtures.sessionAt(coordinator, event, 10, start, Duration.ofHours(1));
        String ana = attendee("ana", session, true);
        String bo = attendee("bo", session, true);
        String cy = attendee("cy", session, false);
        answer("ana", ana, 5, 4, "Great", "{\"useful\": true}").statusCode(409)
                .contentType("application/problem+json");

        clock.advance(Duration.ofHours(3));
        answer("cy", cy, 5, 5, null, "{\"useful\": true}").statusCode(403);
        answer("ana", ana, 6, 0, null, "{\"useful\": true}").statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("eventRating", "organizationRating"));
        answer("ana", ana, 5, 4, null, "{}").statusCode(400).body("violations[0].field", is("answers.useful"));
        answer("bo", ana, 5, 4, null, "{\"useful\": true}").statusCode(404);
        answer("ana", ana, 5, 4, "Great", "{\"useful\": true}").statusCode(201).body("eventRating", is(5))
                .body("participantName", is("Name of ana-" + run));
        answer("ana", ana, 1, 1, "Changed my mind", "{\"useful\": false}").statusCode(409);
        answer("bo", bo, 3, 2, null, "{\"useful\": false}").statusCode(201);

        given().auth().oauth2(coordinator).get("/api/feedback/summary?session=" + session).then().statusCode(200)
                .body("responses", is(2)).body("attendees", is(2)).body("responseRate", is(1.0f))
                .body("eventRating.count", is(2)).body("eventRating.mean", is(4.0f))
                .body("eventRating.distribution.'3'", is(1)).body("eventRating.distribution.'5'", is(1))
                .body("eventRating.distribution.'1'", is(0)).body("organizationRating.mean", is(3.0f))
                .body("organizationRating.distribution.'2'", is(1)).body("organizationRating.distribution.'4'", is(1))
                .body("comments", hasSize(1)).body("comments[0].text", is("Great"))
                .body("comments[0].author", is("Name of ana-" + run));
        given().auth().oauth2(coordinator).get("/api/feedback/summary?event=" + event).then().statusCode(200)
                .body("responses", is(2)).body("eventRating.mean", is(4.0f));
        LocalDate day = start.atOffset(ZoneOffset.UTC).toLocalDate();
        given().auth().oauth2(coordinator)
                .get("/api/feedback/summary?organization=" + organisation + "&from=" + day + "&to=" + day).then()
                .statusCode(200).body("responses", is(2)).body("attendees", is(2));
        given().auth().oauth2(coordinator)
                .get("/api/feedback/summary?organization=" + organisation + "&from=" + day.plusDays(1)).then()
                .statusCode(200).body("responses", is(0)).body("responseRate", nullValue())
                .body("eventRating.mean", nullValue());

        // Comments and aggregates are the organisers' only.
        given().auth().oauth2(token("ana")).get("/api/feedback/summary?session=" + session).then().statusCode(403);
        given().auth().oauth2(Tokens.of("coordinator-x", "other-" + organisation, "coordinator"))
                .get("/api/feedback/summary?session=" + session).then().statusCode(403);
        given().auth().oauth2(coordinator).get("/api/feedback/summary").then().statusCode(400);
        given().auth().oauth2(coordinator).get("/api/feedback?session=" + session).then().statusCode(200)
                .body("size()", is(2));
        given().auth().oauth2(token("ana")).get("/api/feedback").then().statusCode(200).body("size()", is(1))
                .body("[0].comment", is("Great"));
    }

    @Test
    void anonymousFeedbackKeepsNoName() {
        String event = event(true);
        String session = Fixtures.sessionAt(coordinator, event, 10, start, Duration.ofHours(1));
        String di = attendee("di", session, true);
        clock.advance(Duration.ofHours(3));
        answer("di", di, 4, 5, "Anonymous remark", "{\"useful\": true}").statusCode(201).body("anonymous", is(true))
                .body("participantName", nullValue());
        answer("di", di, 4, 5, null, "{\"useful\": true}").statusCode(409);
        given().auth().oauth2(coordinator).get("/api/feedback/summary?session=" + session).then().statusCode(200)
                .body("comments[0].text", is("Anonymous remark")).body("comments[0].author", nullValue());
        given().auth().oauth2(token("di")).get("/api/feedback").then().statusCode(200).body("size()", is(0));
    }

    @Test
    void attendeesAreInvitedOnceEvenWhenTwoJobRunsOverlap() throws Exception {
        String session = Fixtures.sessionAt(coordinator, event(false), 10, start, Duration.ofHours(1));
        attendee("ed", session, true);
        attendee("fi", session, true);
        attendee("gu", session, false);
        clock.advance(Duration.ofHours(3));
        Replicas.runTwoAtOnce(feedbacks::inviteAttendees);
        feedbacks.inviteAttendees();
        while (outbox.drain() > 0) {
            // send everything
        }
        for (String user : new String[] { "ed", "fi", "gu" }) {
            long invitations = mailbox.getMailsSentTo(Participants.email(user + "-" + run)).stream()
                    .filter(mail -> mail.getSubject().startsWith("How was it?")).count();
            assertThat(invitations).as(user).isEqualTo("gu".equals(user) ? 0 : 1);
        }
    }
}
