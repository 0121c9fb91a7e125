package eu.od4growth.workshop.event;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import eu.od4growth.common.events.DomainEvents;
import eu.od4growth.common.events.EventType;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.workshop.Fixtures;
import eu.od4growth.workshop.Participants;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workshop's domain events in the outbox (event_outbox): each committed change has exactly one event, of the
 * organiser's organization, with the resource's API path; a refused or rolled-back change has none.
 */
@QuarkusTest
@ServiceTest
class DomainEventsTest {

    @Inject
    EntityManager entities;
    @Inject
    DomainEvents domainEvents;

    private final String organisation = Fixtures.organisation();
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    /** The events of the test's organization, as "type link", oldest first. */
    private List<String> events() {
        return QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery("SELECT type || ' ' || link"
                + " FROM event_outbox WHERE organisation = :organisation ORDER BY occurred_at, type", String.class)
                .setParameter("organisation", organisation).getResultList().stream().map(String::valueOf).toList());
    }

    private String token(String name) {
        return Participants.token(name + "-" + run, "some-org", "en");
    }

    private String register(String token, String session, String status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"session\": \"" + session + "\", \"answers\": {\"organisation-type\": \"city\"}}")
                .post("/api/registrations").then().statusCode(201).body("status", org.hamcrest.Matchers.is(status))
                .extract().path("id");
    }

    @Test
    void eachCommittedChangeHasExactlyOneEventAndARefusedOneNone() {
        String event = Fixtures.publishedEvent(coordinator);
        assertThat(events()).containsExactly("event.published /api/events/" + event);
        String session = Fixtures.session(coordinator, event, 1);

        String ana = token("ana");
        String anaRegistration = register(ana, session, "CONFIRMED");
        String bo = register(token("bo"), session, "WAITING");
        // Refused: already registered (409) and answers missing (400); neither leaves an event.
        given().auth().oauth2(ana).contentType(ContentType.JSON).body("{\"session\": \"" + session
                + "\", \"answers\": {\"organisation-type\": \"city\"}}").post("/api/registrations").then()
                .statusCode(409);
        given().auth().oauth2(token("cy")).contentType(ContentType.JSON).body("{\"session\": \"" + session
                + "\", \"answers\": {}}").post("/api/registrations").then().statusCode(400);
        assertThat(events()).containsExactly("event.published /api/events/" + event,
                "registration.confirmed /api/registrations/" + anaRegistration);

        String etag = given().auth().oauth2(ana).get("/api/registrations/" + anaRegistration).then().extract()
                .header("ETag");
        given().auth().oauth2(ana).header("If-Match", etag).post("/api/registrations/" + anaRegistration + "/cancel")
                .then().statusCode(200);
        assertThat(events()).hasSize(4).contains("registration.cancelled /api/registrations/" + anaRegistration,
                "waitlist.offered /api/registrations/" + bo);

        given().auth().oauth2(coordinator).header("If-Match", "\"1\"").post("/api/events/" + event + "/cancel").then()
                .statusCode(200);
        assertThat(events()).hasSize(6).contains("event.cancelled /api/events/" + event,
                "registration.cancelled /api/registrations/" + bo);
        // A stale If-Match is refused: no second event.cancelled.
        given().auth().oauth2(coordinator).header("If-Match", "\"1\"").post("/api/events/" + event + "/cancel").then()
                .statusCode(412);
        assertThat(events()).hasSize(6);
    }

    @Test
    void anEventRecordedInATransactionThatRollsBackIsGone() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            domainEvents.record(EventType.EVENT_PUBLISHED, organisation, id, "/api/events/" + id);
            throw new IllegalStateException("the change fails after its event was recorded");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(events()).isEmpty();
    }
}
