package eu.od4growth.assessment.events;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import eu.od4growth.assessment.campaign.web.Campaigning;
import eu.od4growth.assessment.questionnaire.Documents;
import eu.od4growth.testing.ServiceTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static eu.od4growth.assessment.campaign.web.Campaigning.coordinator;
import static eu.od4growth.assessment.campaign.web.Campaigning.id;
import static eu.od4growth.assessment.campaign.web.Campaigning.respondent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The service's domain events in its outbox ({@code event_outbox}, common's od4g-events): a committed submit or close
 * writes exactly one event in the transaction of the change, a refused one none; events name the organisation, the
 * resource and its link, never the person.
 */
@QuarkusTest
@ServiceTest
class DomainEventsTest {

    private final String organisation = Documents.code("evented");

    @Inject
    EntityManager entities;

    @Test
    void aCommittedSubmitRecordsOneAssessmentSubmittedEventAndARefusedOneNone() {
        String respondent = respondent(organisation);
        String url = given().auth().oauth2(respondent).contentType(ContentType.JSON)
                .body(Campaigning.startBody(Campaigning.model(), null, "CITY", "DATA_USER", "FRF1"))
                .post("/api/assessments").then().statusCode(201).extract().header("Location");
        UUID assessment = UUID.fromString(id(url));

        // incomplete: 400, no event
        given().auth().oauth2(respondent).header("If-Match", "\"0\"").post(url + "/submit").then().statusCode(400);
        assertThat(events(assessment)).isEmpty();
        given().auth().oauth2(respondent).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"answers\": " + Campaigning.answers(2) + "}").put(url + "/answers").then().statusCode(200);
        assertThat(events(assessment)).as("saving answers is no event").isEmpty();
        // stale version: 412, no event
        given().auth().oauth2(respondent).header("If-Match", "\"0\"").post(url + "/submit").then().statusCode(412);
        assertThat(events(assessment)).isEmpty();

        given().auth().oauth2(respondent).header("If-Match", "\"1\"").post(url + "/submit").then().statusCode(200);
        assertThat(events(assessment)).containsExactly(List.of("assessment.submitted", organisation, "assessment",
                "/api/assessments/" + assessment));
        // already submitted: 409, still one event
        given().auth().oauth2(respondent).header("If-Match", "\"2\"").post(url + "/submit").then().statusCode(409);
        assertThat(events(assessment)).hasSize(1);

        // reopened by a coordinator and submitted again: a second change, a second event
        given().auth().oauth2(coordinator(organisation)).header("If-Match", "\"2\"").post(url + "/reopen").then()
                .statusCode(200);
        given().auth().oauth2(respondent).header("If-Match", "\"3\"").post(url + "/submit").then().statusCode(200);
        assertThat(events(assessment)).hasSize(2).allSatisfy(event -> assertThat(event.get(0))
                .isEqualTo("assessment.submitted"));
        assertThat(String.join(" ", rawRows(assessment))).as("no person in an event")
                .doesNotContain("respondent-" + organisation);
    }

    @Test
    void closingACampaignRecordsOneCampaignClosedEventForItsOwner() {
        String url = Campaigning.openCampaign(organisation, "invited-" + organisation);
        UUID campaign = UUID.fromString(id(url));
        assertThat(events(campaign)).as("opening and inviting are no event").isEmpty();
        String etag = given().auth().oauth2(coordinator(organisation)).get(url).then().statusCode(200).extract()
                .header("ETag");
        // another organisation's coordinator does not see it: 404, no event
        given().auth().oauth2(coordinator("other-" + organisation)).header("If-Match", etag).post(url + "/close")
                .then().statusCode(404);
        assertThat(events(campaign)).isEmpty();

        String closed = given().auth().oauth2(coordinator(organisation)).header("If-Match", etag)
                .post(url + "/close").then().statusCode(200).body("status", is("CLOSED")).extract().header("ETag");
        assertThat(events(campaign)).containsExactly(List.of("campaign.closed", organisation, "campaign",
                "/api/campaigns/" + campaign));
        // closing a closed campaign is an illegal transition: 409, still one event
        given().auth().oauth2(coordinator(organisation)).header("If-Match", closed).post(url + "/close").then()
                .statusCode(409);
        assertThat(events(campaign)).hasSize(1);
    }

    /** The events of one resource, oldest first: type, organisation, resource type, link. */
    @SuppressWarnings("unchecked")
    private List<List<String>> events(UUID resource) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) entities.createNativeQuery(
                "SELECT type, organisation, resource_type, link FROM event_outbox WHERE resource_id = :id"
                        + " ORDER BY occurred_at, id")
                .setParameter("id", resource).getResultList()).stream()
                .map(row -> List.of((String) row[0], (String) row[1], (String) row[2], (String) row[3])).toList());
    }

    @SuppressWarnings("unchecked")
    private List<String> rawRows(UUID resource) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) entities
                .createNativeQuery("SELECT CAST(o AS text) FROM event_outbox o WHERE resource_id = :id")
                .setParameter("id", resource).getResultList());
    }
}
