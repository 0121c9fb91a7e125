package eu.od4growth.catalog.evidence;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.od4growth.catalog.dataset.quality.QualityRating;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** The evidence assessment-service reads: published datasets only, shares, average quality; 404 for an unknown slug. */
@QuarkusTest
@ServiceTest
class EvidenceResourceTest {

    private static final String ADMIN = Tokens.of("admin", "grand-est", "admin");

    private final String organisation = "ev-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");

    @Test
    void anOrganisationWithoutPublishedDatasetsHasNoQuality() {
        register();
        given().get("/api/organizations/" + organisation + "/evidence").then().statusCode(200)
                .body("organization", is(organisation)).body("publishedDatasets", is(0))
                .body("openLicenceShare", is(0.0f)).body("machineReadableShare", is(0.0f))
                .body("averageQualityScore", nullValue()).body("averageQualityRating", nullValue());
        given().get("/api/organizations/nobody-" + organisation + "/evidence").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void evidenceCountsPublishedDatasetsOnly() {
        register();
        String open = dataset("{\"title\": {\"en\": \"Open\"}, \"description\": {\"en\": \"Open data\"},"
                + " \"license\": \"ETALAB_2_0\", \"keywords\": {\"en\": [\"open\"]}}", "CSV", true);
        String closed = dataset("{\"title\": {\"en\": \"Closed\"}, \"description\": {\"en\": \"Closed data\"},"
                + " \"license\": \"PROPRIETARY\"}", "PDF", true);
        dataset("{\"title\": {\"en\": \"Draft\"}, \"description\": {\"en\": \"Not yet\"}, \"license\": \"CC0\"}",
                "JSON", false);
        float first = given().get("/api/datasets/" + open + "/quality").then().extract().path("score");
        float second = given().get("/api/datasets/" + closed + "/quality").then().extract().path("score");
        double average = Math.round((first + second) / 2 * 10) / 10.0;
        float score = given().get("/api/organizations/" + organisation + "/evidence").then().statusCode(200)
                .body("publishedDatasets", is(2)).body("openLicenceShare", is(0.5f))
                .body("machineReadableShare", is(0.5f))
                .body("averageQualityRating", is(QualityRating.of(average).code())).extract()
                .path("averageQualityScore");
        assertThat((double) score).isCloseTo(average, within(0.051));
    }

    private void register() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"slug\": \"%s\", \"name\": \"Evidence\", \"kind\": \"CITY\"}".formatted(organisation))
                .post("/api/organizations").then().statusCode(201);
    }

    private String dataset(String body, String format, boolean publish) {
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(body).post("/api/datasets")
                .then().statusCode(201).extract().header("Location");
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"accessUrl\": \"https://example.org/x\", \"format\": \"%s\"}".formatted(format))
                .post(url + "/distributions").then().statusCode(201);
        if (publish) {
            given().auth().oauth2(coordinator).header("If-Match", "\"1\"").post(url + "/publish").then()
                    .statusCode(200);
        }
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
