package eu.od4growth.workshop.person;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.workshop.Fixtures;
import eu.od4growth.workshop.Participants;
import eu.od4growth.workshop.Replicas;
import eu.od4growth.workshop.TestClock;
import eu.od4growth.workshop.config.WorkshopConfig;
import eu.od4growth.workshop.mail.MailOutbox;
import eu.od4growth.workshop.person.application.Retention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * The retention rules with a moved clock: a session's waiting list goes when it ends, sent mails after 30 days, the
 * personal fields and answers of its registrations after 6 months, their feedback then anonymous (the counts stay);
 * two replicas running the job at once anonymise each registration once.
 */
@QuarkusTest
@ServiceTest
class RetentionTest {

    @Inject
    TestClock clock;
    @Inject
    Retention retention;
    @Inject
    MailOutbox outbox;
    @Inject
    EntityManager entities;
    @Inject
    WorkshopConfig config;

    private final String organisation = Fixtures.organisation();
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String register(String name, String session, String status) {
        return given().auth().oauth2(Participants.token(name + "-" + run, "some-org", "en"))
                .contentType(ContentType.JSON)
                .body("{\"session\": \"" + session + "\", \"answers\": {\"organisation-type\": \"city\"}}")
                .post("/api/registrations").then().statusCode(201).body("status", is(status)).extract().path("id");
    }

    private long mailsTo(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entities
                .createNativeQuery("SELECT count(*) FROM mail_outbox WHERE recipient = :to")
                .setParameter("to", Participants.email(name + "-" + run)).getSingleResult()).longValue());
    }

    @Test
    void waitingListsGoWhenTheSessionEndsSentMailsAfter30DaysPersonalFieldsAfter6Months() {
        Instant start = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        String session = Fixtures.sessionAt(coordinator, Fixtures.publishedEvent(coordinator), 1, start,
                Duration.ofHours(1));
        String ana = register("ana", session, "CONFIRMED");
        String bo = register("bo", session, "WAITING");
        given().auth().oauth2(coordinator).post("/api/registrations/" + ana + "/check-in").then().statusCode(200);
        while (outbox.drain() > 0) {
            // until every mail written so far is sent
        }
        retention.run();
        given().auth().oauth2(coordinator).get("/api/registrations/" + bo).then().statusCode(200);

        clock.advance(Duration.ofHours(3));
        given().auth().oauth2(Participants.token("ana-" + run, "some-org", "en")).contentType(ContentType.JSON)
                .body("{\"registration\": \"" + ana + "\", \"eventRating\": 4, \"organizationRating\": 5,"
                        + " \"comment\": \"Clear\", \"answers\": {}}")
                .post("/api/feedback").then().statusCode(201);
        assertThat(retention.run().waitingListEntries()).isPositive();
        given().auth().oauth2(coordinator).get("/api/registrations/" + bo).then().statusCode(404);
        assertThat(mailsTo("bo")).isZero();
        assertThat(mailsTo("ana")).isEqualTo(1);
        given().auth().oauth2(coordinator).get("/api/registrations/" + ana).then().statusCode(200)
                .body("name", is("Name of ana-" + run));

        clock.advance(Duration.ofDays(31));
        retention.run();
        assertThat(mailsTo("ana")).isZero();
        given().auth().oauth2(coordinator).get("/api/registrations/" + ana).then().statusCode(200)
                .body("email", is(Participants.email("ana-" + run)));

        clock.advance(Duration.ofDays(160));
        assertThat(retention.run().registrationsAnonymised()).isPositive();
        given().auth().oauth2(coordinator).get("/api/registrations/" + ana).then().statusCode(200)
                .body("status", is("CONFIRMED")).body("name", nullValue()).body("email", nullValue())
                .body("answers", anEmptyMap());
        given().auth().oauth2(coordinator).get("/api/sessions/" + session + "/attendance").then().statusCode(200)
                .body("confirmed", is(1)).body("checkedIn", is(1));
        given().auth().oauth2(coordinator).get("/api/feedback/summary?session=" + session).then().statusCode(200)
                .body("responses", is(1)).body("comments[0].text", is("Clear")).body("comments[0].author", nullValue());
        assertThat(retention.run().registrationsAnonymised()).isZero();
    }

    /** Row versions of the session's registrations, of those still naming someone or of all. */
    private Map<String, Long> versionsOf(String session, boolean named) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entities.createNativeQuery("SELECT CAST(id AS text), row_version FROM registration"
                    + " WHERE session_id = CAST(:session AS uuid)" + (named ? " AND participant <> 'erased'" : ""))
                    .setParameter("session", session).getResultList();
            return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
        });
    }

    @Test
    void twoRunsAtOnceAnonymiseEachRegistrationOnce() throws Exception {
        // Everything older first, so that the two runs below find only this test's registrations.
        clock.advance(Duration.ofDays(400));
        retention.run();
        clock.reset();
        Instant start = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        String session = Fixtures.sessionAt(coordinator, Fixtures.publishedEvent(coordinator), 40, start,
                Duration.ofHours(1));
        for (int i = 0; i < 40; i++) {
            register("p" + i, session, "CONFIRMED");
        }
        while (outbox.drain() > 0) {
            // the confirmations are sent ...
        }
        clock.advance(Duration.ofDays(31));
        retention.run(); // ... and deleted 30 days later, as they would be long before the registrations' turn
        clock.advance(Duration.ofDays(170));
        Map<String, Long> before = versionsOf(session, true);
        assertThat(before).hasSize(40);
        Instant limit = clock.instant().atOffset(ZoneOffset.UTC).minus(config.retention().registrationsAfter())
                .toInstant();
        long due = QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery("""
                SELECT count(*) FROM registration r JOIN event_session s ON s.id = r.session_id
                WHERE s.ends_at <= :limit AND r.participant <> 'erased'""").setParameter("limit", limit)
                .getSingleResult()).longValue());

        List<Retention.Removed> runs = Replicas.runTwoAtOnce(retention::run);

        assertThat(runs.get(0).registrationsAnonymised() + runs.get(1).registrationsAnonymised()).isEqualTo(due);
        assertThat(versionsOf(session, true)).isEmpty();
        Map<String, Long> after = versionsOf(session, false);
        before.forEach((id, version) -> assertThat(after.get(id)).as(id).isEqualTo(version + 1));
    }
}
