package eu.od4growth.assessment.recommendation;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.od4growth.assessment.campaign.web.Campaigning;
import eu.od4growth.assessment.questionnaire.Documents;
import eu.od4growth.testing.ServiceTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Recommendations with workshop-service and catalog-service stubbed by a local HTTP server: both up, each down (503),
 * one too slow (the timeout), and the caller's token passed on.
 */
@QuarkusTest
@ServiceTest
@QuarkusTestResource(StubServices.class)
class RecommendationResourceTest {

    @ConfigProperty(name = "quarkus.rest-client.workshop.url")
    String stub;

    private final String organisation = Documents.code("recommended");

    @AfterEach
    void servicesUp() {
        given().post(stub + "/stub/mode?workshop=up&catalog=up").then().statusCode(204);
    }

    /** An assessment whose weakest dimensions are policy and portal (both 0 %): grade 0 answers. */
    private String assessment() {
        String respondent = Campaigning.respondent(organisation);
        String url = given().auth().oauth2(respondent).contentType(ContentType.JSON)
                .body(Campaigning.startBody(Campaigning.model(), null, "CITY", "DATA_USER", "FRF1"))
                .post("/api/assessments").then().statusCode(201).extract().header("Location");
        given().auth().oauth2(respondent).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"answers\": " + Campaigning.answers(0) + "}").put(url + "/answers").then().statusCode(200);
        return url;
    }

    @Test
    void theWeakestDimensionsGetWorkshopsAndTheOrganisationsEvidenceWithTheCallersToken() {
        String url = assessment();
        String token = Campaigning.respondent(organisation);
        given().auth().oauth2(token).get(url + "/recommendations?lang=fr").then().statusCode(200)
                .body("partial", is(false)).body("missing.size()", is(0)).body("language", is("fr"))
                .body("weakestDimensions.code", is(java.util.List.of("policy", "portal")))
                .body("weakestDimensions[0].title", is("Politique")).body("weakestDimensions[0].percentage", is(0.0f))
                .body("workshops.size()", is(2)).body("workshops[0].title", is("Atelier : une stratégie open data"))
                .body("workshops[1].freePlaces", nullValue())
                .body("evidence.organization", is(organisation)).body("evidence.publishedDatasets", is(12))
                .body("evidence.averageQualityRating", is("good"));
        String workshopCall = given().get(stub + "/stub/last/workshop").then().extract().asString();
        assertThat(workshopCall).startsWith("Bearer " + token)
                .contains("dimension=policy").contains("dimension=portal").contains("lang=fr").contains("size=5");
        assertThat(given().get(stub + "/stub/last/catalog").then().extract().asString())
                .startsWith("Bearer " + token).contains("/api/organizations/" + organisation + "/evidence");
    }

    @Test
    void eachServiceDownYieldsAPartialAnswerNamingWhatIsMissing() {
        String url = assessment();
        String token = Campaigning.respondent(organisation);
        given().post(stub + "/stub/mode?workshop=down").then().statusCode(204);
        given().auth().oauth2(token).get(url + "/recommendations").then().statusCode(200).body("partial", is(true))
                .body("missing.size()", is(1)).body("missing[0]", containsString("workshop-service"))
                .body("workshops", nullValue()).body("evidence.publishedDatasets", is(12));

        given().post(stub + "/stub/mode?workshop=up&catalog=down").then().statusCode(204);
        given().auth().oauth2(token).get(url + "/recommendations").then().statusCode(200).body("partial", is(true))
                .body("missing", is(java.util.List.of("catalog-service is unavailable: no catalogue evidence")))
                .body("evidence", nullValue()).body("workshops.size()", is(2));
    }

    @Test
    void aServiceTooSlowIsCutOffByTheTimeout() {
        String url = assessment();
        given().post(stub + "/stub/mode?catalog=slow").then().statusCode(204);
        long started = System.nanoTime();
        given().auth().oauth2(Campaigning.respondent(organisation)).get(url + "/recommendations").then()
                .statusCode(200).body("missing[0]", containsString("catalog-service")).body("workshops.size()", is(2));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_500);
    }

    @Test
    void onlyTheAssessmentsReadersGetItsRecommendations() {
        String url = assessment();
        given().get(url + "/recommendations").then().statusCode(401);
        given().auth().oauth2(Campaigning.respondent("other-" + organisation)).get(url + "/recommendations").then()
                .statusCode(404);
        given().auth().oauth2(Campaigning.coordinator(organisation)).get(url + "/recommendations?lang=xx").then()
                .statusCode(400);
    }
}
