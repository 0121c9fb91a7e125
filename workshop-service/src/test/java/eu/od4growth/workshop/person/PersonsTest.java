package eu.od4growth.workshop.person;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.workshop.Fixtures;
import eu.od4growth.workshop.Participants;
import eu.od4growth.workshop.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * A person's export and erasure through /api/persons, with catalog-service and assessment-service as local stand-ins
 * (up, failing with 500, down): who may ask, what the workshop part holds, what erasure keeps (counts, anonymous
 * feedback), what it cancels (future places, which go to the waiting list), that it is idempotent and that a missing
 * service makes a 503 naming it with nothing erased here.
 */
@QuarkusTest
@ServiceTest
@QuarkusTestResource(PersonServices.class)
class PersonsTest {

    private static final String ANSWERS = "{\"organisation-type\": \"city\", \"staff\": 3}";

    @Inject
    TestClock clock;
    @Inject
    EntityManager entities;
    @ConfigProperty(name = "od4g.test.person-services")
    String stub;

    private final String organisation = Fixtures.organisation();
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private final String admin = Tokens.of("admin-" + organisation, "grand-est", "admin");
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final Map<String, String> tokens = new HashMap<>();
    private final Instant start = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);

    @AfterEach
    void reset() {
        clock.reset();
        given().post(stub + "/stub/mode?catalog=up&assessment=up").then().statusCode(204);
    }

    private String user(String name) {
        return name + "-" + run;
    }

    /** One token per person, so that what a service received can be compared with what was sent. */
    private String token(String name) {
        return tokens.computeIfAbsent(name, n -> Participants.token(user(n), "some-org", "en"));
    }

    private String register(String name, String session, String status) {
        return given().auth().oauth2(token(name)).contentType(ContentType.JSON)
                .body("{\"session\": \"" + session + "\", \"answers\": " + ANSWERS + "}").post("/api/registrations")
                .then().statusCode(201).body("status", is(status)).extract().path("id");
    }

    private ValidatableResponse registration(String id) {
        return given().auth().oauth2(coordinator).get("/api/registrations/" + id).then().statusCode(200);
    }

    private ValidatableResponse export(String token, String who) {
        return given().auth().oauth2(token).get("/api/persons/" + who + "/export").then();
    }

    private ValidatableResponse erase(String token, String who) {
        return given().auth().oauth2(token).post("/api/persons/" + who + "/erase").then();
    }

    private long mailsTo(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entities
                .createNativeQuery("SELECT count(*) FROM mail_outbox WHERE recipient = :to")
                .setParameter("to", Participants.email(user(name))).getSingleResult()).longValue());
    }

    @Test
    void thePersonAndAdministratorsExportTheWholeSuitesDataOthersAreRefused() {
        String session = Fixtures.session(coordinator, Fixtures.publishedEvent(coordinator), 5);
        String registration = register("ana", session, "CONFIRMED");

        export(token("ana"), "me").statusCode(200).contentType(ContentType.JSON).body("subject", is(user("ana")))
                .body("exportedAt", notNullValue())
                .body("services.workshop.service", is("workshop"))
                .body("services.workshop.records.registrations", hasSize(1))
                .body("services.workshop.records.registrations[0].id", is(registration))
                .body("services.workshop.records.registrations[0].email", is(Participants.email(user("ana"))))
                .body("services.workshop.records.registrations[0].name", is("Name of " + user("ana")))
                .body("services.workshop.records.registrations[0].answers.organisation-type", is("city"))
                .body("services.workshop.records.mails", hasSize(1))
                .body("services.workshop.records.mails[0].kind", is("CONFIRMATION"))
                .body("services.catalog.service", is("catalog")).body("services.catalog.subject", is(user("ana")))
                .body("services.catalog.records.records", hasSize(1))
                .body("services.assessment.service", is("assessment"));
        // Each service is asked with the caller's own token, so it checks who asks.
        assertThat(given().get(stub + "/stub/last/catalog").asString())
                .isEqualTo("Bearer " + token("ana") + " GET /api/catalog/persons/" + user("ana"));
        export(token("ana"), user("ana")).statusCode(200).body("services.workshop.records.registrations", hasSize(1));
        export(admin, user("ana")).statusCode(200).body("subject", is(user("ana")))
                .body("services.workshop.records.registrations[0].id", is(registration));
        assertThat(given().get(stub + "/stub/last/assessment").asString()).startsWith("Bearer " + admin + " GET");

        export(token("bo"), user("ana")).statusCode(403).contentType("application/problem+json");
        erase(token("bo"), user("ana")).statusCode(403).contentType("application/problem+json");
        export(coordinator, user("ana")).statusCode(403);
        // Any signed-in caller reaches their own data, with or without a role.
        export(Tokens.of("roleless-" + run, null), "me").statusCode(200).body("subject", is("roleless-" + run))
                .body("services.workshop.records.registrations", empty());
        export(admin, "erased").statusCode(400).body("violations[0].field", is("subject"));
        given().get("/api/persons/me/export").then().statusCode(401).contentType("application/problem+json");
        given().post("/api/persons/" + user("ana") + "/erase").then().statusCode(401);
        registration(registration).body("name", is("Name of " + user("ana")));
    }

    @Test
    void erasureKeepsPastCountsCancelsFuturePlacesAnonymisesFeedbackAndIsIdempotent() {
        String event = Fixtures.publishedEvent(coordinator);
        String past = Fixtures.sessionAt(coordinator, event, 10, start, Duration.ofHours(1));
        String future = Fixtures.session(coordinator, event, 1);
        String anaPast = register("ana", past, "CONFIRMED");
        String boPast = register("bo", past, "CONFIRMED");
        given().auth().oauth2(coordinator).post("/api/registrations/" + anaPast + "/check-in").then().statusCode(200);
        String anaFuture = register("ana", future, "CONFIRMED");
        String cyFuture = register("cy", future, "WAITING");
        clock.advance(Duration.ofHours(3));
        given().auth().oauth2(token("ana")).contentType(ContentType.JSON).body("""
                {"registration": "%s", "eventRating": 5, "organizationRating": 4, "comment": "Very useful", "answers": {}}"""
                .formatted(anaPast)).post("/api/feedback").then().statusCode(201);
        assertThat(mailsTo("ana")).isPositive();

        // An organiser registered ana by her address too: that registration is hers as well.
        String other = Fixtures.session(coordinator, event, 5);
        String byOrganiser = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"session\": \"" + other + "\", \"answers\": " + ANSWERS + ", \"participant\": {\"name\": \"Ana\","
                        + " \"email\": \"" + Participants.email(user("ana")).toUpperCase(java.util.Locale.ROOT) + "\"}}")
                .post("/api/registrations").then().statusCode(201).extract().path("id");
        export(token("ana"), "me").statusCode(200).body("services.workshop.records.registrations", hasSize(3));

        erase(token("ana"), "me").statusCode(200).body("subject", is(user("ana")))
                .body("services.workshop.erased.registrationsCancelled", is(2))
                .body("services.workshop.erased.registrationsAnonymised", is(3))
                .body("services.workshop.erased.feedbackAnonymised", is(1))
                .body("services.catalog.erased.records", is(1)).body("services.assessment.erased.records", is(1));

        // The past registration still counts, without anything that names the person.
        registration(anaPast).body("status", is("CONFIRMED")).body("name", nullValue()).body("email", nullValue())
                .body("answers", anEmptyMap()).body("checkedInAt", notNullValue());
        registration(boPast).body("name", is("Name of " + user("bo")));
        given().auth().oauth2(coordinator).get("/api/sessions/" + past + "/attendance").then().statusCode(200)
                .body("confirmed", is(2)).body("checkedIn", is(1));
        // Feedback stays in the aggregates, anonymous.
        given().auth().oauth2(coordinator).get("/api/feedback/summary?session=" + past).then().statusCode(200)
                .body("responses", is(1)).body("eventRating.mean", is(5.0f))
                .body("comments[0].text", is("Very useful")).body("comments[0].author", nullValue());
        // The future place is cancelled and offered to the first in line, as on a normal cancellation.
        registration(anaFuture).body("status", is("CANCELLED")).body("name", nullValue());
        registration(byOrganiser).body("status", is("CANCELLED")).body("email", nullValue());
        registration(cyFuture).body("status", is("OFFERED"));
        assertThat(mailsTo("ana")).isZero();
        assertThat(mailsTo("cy")).isEqualTo(2);
        export(token("ana"), "me").statusCode(200)
                .body("services.workshop.records.registrations", empty())
                .body("services.workshop.records.feedback", empty())
                .body("services.workshop.records.mails", empty())
                .body("services.catalog.records.records", empty());

        // Again: nothing left to erase, the same state.
        erase(admin, user("ana")).statusCode(200).body("services.workshop.erased.registrationsCancelled", is(0))
                .body("services.workshop.erased.registrationsAnonymised", is(0))
                .body("services.workshop.erased.feedbackAnonymised", is(0))
                .body("services.workshop.erased.mailsDeleted", is(0));
        registration(cyFuture).body("status", is("OFFERED"));
        given().auth().oauth2(coordinator).get("/api/sessions/" + past + "/attendance").then()
                .body("confirmed", is(2)).body("checkedIn", is(1));
    }

    @Test
    void aServiceThatFailsOrIsDownMakesA503NamingItAndNothingIsErasedHere() {
        String session = Fixtures.session(coordinator, Fixtures.publishedEvent(coordinator), 5);
        String registration = register("dee", session, "CONFIRMED");

        given().post(stub + "/stub/mode?catalog=error").then().statusCode(204);
        erase(token("dee"), "me").statusCode(503).contentType("application/problem+json")
                .body("type", is("/problems/service-unavailable"))
                .body("detail", containsString("catalog-service (answered 500)"));
        export(token("dee"), "me").statusCode(503).body("detail", containsString("catalog-service"));
        registration(registration).body("status", is("CONFIRMED")).body("name", is("Name of " + user("dee")));

        given().post(stub + "/stub/mode?catalog=up&assessment=down").then().statusCode(204);
        export(token("dee"), "me").statusCode(503).body("detail", containsString("assessment-service (unreachable"))
                .body("detail", org.hamcrest.Matchers.not(containsString("catalog")));
        erase(admin, user("dee")).statusCode(503).body("detail", containsString("assessment-service"));
        registration(registration).body("status", is("CONFIRMED")).body("email", is(Participants.email(user("dee"))));
        assertThat(mailsTo("dee")).isEqualTo(1);

        // Too slow counts as missing: the read timeout (2 s in tests, 5 s by default) bounds the wait.
        given().post(stub + "/stub/mode?assessment=slow").then().statusCode(204);
        long before = System.nanoTime();
        export(token("dee"), "me").statusCode(503).body("detail",
                containsString("assessment-service (unreachable or too slow)"));
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofMillis(3900));

        given().post(stub + "/stub/mode?assessment=up").then().statusCode(204);
        erase(token("dee"), "me").statusCode(200).body("services.workshop.erased.registrationsCancelled", is(1));
        registration(registration).body("status", is("CANCELLED")).body("email", nullValue());
    }
}
