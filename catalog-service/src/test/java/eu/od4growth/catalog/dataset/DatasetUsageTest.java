package eu.od4growth.catalog.dataset;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** Views and downloads counted per day: reads of a published dataset, downloads through the catalogue's redirect. */
@QuarkusTest
@ServiceTest
class DatasetUsageTest {

    private final String organisation = "use-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");

    @Test
    void readsAndDownloadsOfAPublishedDatasetAreCountedPerDay() {
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Datasets.FULL)
                .post("/api/datasets").then().statusCode(201).extract().header("Location");
        String distribution = given().auth().oauth2(coordinator).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(Datasets.CSV).post(url + "/distributions").then().statusCode(201)
                .extract().path("id");
        // A draft's reads and downloads are its organisation's work, not uses.
        given().auth().oauth2(coordinator).get(url).then().statusCode(200);
        given().auth().oauth2(coordinator).redirects().follow(false).get(url + "/distributions/" + distribution
                + "/download").then().statusCode(302);
        given().auth().oauth2(coordinator).get(url + "/statistics").then().statusCode(200).body("views", is(0))
                .body("downloads", is(0));
        given().auth().oauth2(coordinator).header("If-Match", "\"1\"").post(url + "/publish").then().statusCode(200);

        given().get(url).then().statusCode(200);
        given().accept("text/turtle").get(url).then().statusCode(200);
        given().redirects().follow(false).get(url + "/distributions/" + distribution + "/download").then()
                .statusCode(302).header("Location", is("https://data.example.org/air.csv"));
        given().get(url + "/statistics").then().statusCode(200).body("views", is(2)).body("downloads", is(1))
                .body("days.size()", is(1)).body("days[0].views", is(2)).body("days[0].downloads", is(1));
        given().get(url + "/statistics?from=2020-01-01&to=2020-01-31").then().statusCode(200).body("views", is(0));
        given().get(url + "/statistics?from=2020-02-01&to=2020-01-01").then().statusCode(400)
                .contentType("application/problem+json");
        given().redirects().follow(false).get(url + "/distributions/" + UUID.randomUUID() + "/download").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
