package eu.od4growth.catalog.dataset;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * The metadata quality as the API shows it: assessed with every change (same version), with the SHACL compliance of
 * the export, hints, and the search sorting and filtering on it.
 */
@QuarkusTest
@ServiceTest
class DatasetQualityTest {

    static final String ADMIN = Tokens.of("admin", "grand-est", "admin");
    static final String CSV_WITH_RIGHTS = Datasets.CSV.substring(0, Datasets.CSV.lastIndexOf('}'))
            + ", \"rights\": {\"fr\": \"Réutilisation libre\", \"en\": \"Free reuse\"}}";

    private final String organisation = "q-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");

    static void register(String slug) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"slug\": \"%s\", \"name\": \"Quality %s\", \"kind\": \"AGENCY\"}".formatted(slug, slug))
                .post("/api/organizations").then().statusCode(201);
    }

    @Test
    void aFullyDescribedDatasetScoresAllButTheUncheckedUrls() {
        register(organisation);
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Datasets.FULL)
                .post("/api/datasets").then().statusCode(201).header("ETag", is("\"0\"")).extract().header("Location");
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(CSV_WITH_RIGHTS).post(url + "/distributions").then().statusCode(201)
                .header("ETag", is("\"1\"")).body("rights.en", is("Free reuse"));
        // Accessibility: the download URL is there (20), its answer and the access URL's are not checked yet.
        given().auth().oauth2(coordinator).get(url + "/quality").then().statusCode(200).body("score", is(325.0f))
                .body("rating", is("good")).body("dcatApCompliant", is(true)).body("violations", empty())
                .body("dimensions.points", is(List.of(100.0f, 20.0f, 110.0f, 75.0f, 20.0f)))
                .body("hints.indicator", is(List.of("ACCESS_URL_ANSWERS", "DOWNLOAD_URL_ANSWERS")))
                .body("hints[0].message", containsString("not checked yet"));
        given().auth().oauth2(coordinator).get(url).then().body("quality.score", is(325.0f))
                .body("quality.rating", is("good"));
        // Drafts' quality is the organisation's business.
        given().get(url + "/quality").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMinimalDatasetGetsHintsAndEveryChangeIsAssessedInTheSameVersion() {
        register(organisation);
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"title\": {\"en\": \"Minimal\"}, \"description\": {\"en\": \"Only the mandatory.\"}}")
                .post("/api/datasets").then().statusCode(201).body("quality.rating", is("bad")).extract()
                .header("Location");
        float before = given().auth().oauth2(coordinator).get(url + "/quality").then().statusCode(200)
                .body("hints.message", hasItem("Add keywords: +30"))
                .body("hints.message", hasItem("Add a theme from the EU data themes: +30")).extract().path("score");
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"title\": {\"en\": \"Minimal\"}, \"description\": {\"en\": \"Only the mandatory.\"},"
                        + " \"keywords\": {\"en\": [\"test\"]}, \"themes\": [\"GOVE\"]}")
                .put(url).then().statusCode(200).header("ETag", is("\"1\"")).body("quality.score", is(before + 60));
        given().auth().oauth2(coordinator).get(url + "/quality").then()
                .body("hints.message", not(hasItem("Add keywords: +30")));
    }

    @Test
    void theSearchSortsAndFiltersOnTheQuality() {
        register(organisation);
        String full = publish(Datasets.FULL, CSV_WITH_RIGHTS);
        String minimal = publish("{\"title\": {\"en\": \"Minimal\"}, \"description\": {\"en\": \"Little.\"}}");
        String search = "/api/datasets?organization=" + organisation;
        given().get(search + "&sort=-quality").then().statusCode(200).body("items.id", is(List.of(full, minimal)))
                .body("facets.rating.value", hasItem("good"));
        given().get(search + "&sort=quality").then().body("items.id", is(List.of(minimal, full)));
        given().get(search + "&rating=good").then().body("items.id", is(List.of(full)));
        given().get(search + "&rating=BAD&rating=sufficient").then().body("items.id", is(List.of(minimal)));
        String next = given().get(search + "&sort=-quality&size=1").then().extract().path("nextCursor");
        given().get(search + "&sort=-quality&size=1&cursor=" + next).then().body("items.id", is(List.of(minimal)));
        given().get(search + "&sort=best").then().statusCode(400).contentType("application/problem+json");
    }

    private String publish(String body, String... distributions) {
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(body).post("/api/datasets")
                .then().statusCode(201).extract().header("Location");
        String etag = "\"0\"";
        for (String distribution : distributions) {
            etag = given().auth().oauth2(coordinator).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(distribution).post(url + "/distributions").then().statusCode(201).extract().header("ETag");
        }
        given().auth().oauth2(coordinator).header("If-Match", etag).post(url + "/publish").then().statusCode(200);
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
