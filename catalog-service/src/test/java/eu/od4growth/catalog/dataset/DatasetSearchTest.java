package eu.od4growth.catalog.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The catalogue search through HTTP, on datasets of an organisation of its own: accent-insensitive and stemmed in
 * French, English and Italian, filters, facets with counts, cursor walks, and never a draft for the public.
 */
@QuarkusTest
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetSearchTest {

    private final String organisation = "search-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private String wind;
    private String weather;
    private String school;
    private String draft;

    /** Once for the class (the instance is shared), when Quarkus listens. */
    @BeforeEach
    void catalogue() {
        if (wind != null) {
            return;
        }
        wind = publish("""
                {"title": {"fr": "Énergie renouvelable des éoliennes", "en": "Renewable energy of wind turbines"},
                 "description": {"fr": "Production annuelle des parcs éoliens.", "en": "Yearly output of wind farms."},
                 "keywords": {"fr": ["Éolien"], "en": ["wind"]}, "themes": ["ENER"], "license": "ETALAB_2_0",
                 "frequency": "ANNUAL"}""", "CSV");
        weather = publish("""
                {"title": {"it": "Stazioni meteorologiche del Veneto", "en": "Weather stations of Veneto"},
                 "description": {"it": "Osservazioni giornaliere delle stazioni.", "en": "Daily observations."},
                 "keywords": {"it": ["meteo"]}, "themes": ["ENVI"], "license": "CC_BY_4_0", "frequency": "DAILY",
                 "hvdCategories": ["c_164e0bf5"]}""", "JSON");
        school = publish("""
                {"title": {"fr": "Transports scolaires", "en": "School transport"},
                 "description": {"fr": "Circuits des cars scolaires.", "en": "School bus routes."},
                 "keywords": {"fr": ["transport"], "en": ["transport", "wind"]}, "themes": ["TRAN", "EDUC"],
                 "license": "ODBL_1_0", "frequency": "ANNUAL"}""", "CSV", "GEOJSON");
        draft = id(create("""
                {"title": {"fr": "Énergie des éoliennes en projet", "en": "Planned wind energy"},
                 "description": {"fr": "Brouillon.", "en": "Draft."}, "themes": ["ENER"], "license": "ETALAB_2_0"}"""));
    }

    @Test
    void searchIsAccentInsensitiveAndStemmedInEachLanguage() {
        assertFinds("energie", wind);
        assertFinds("éolienne", wind);
        assertFinds("renouvelables", wind);
        assertFinds("turbine", wind);
        assertFinds("stazione", weather);
        assertFinds("meteorologica", weather);
        assertFinds("scolaire", school);
    }

    @Test
    void searchRanksTitlesAboveKeywords() {
        search("q=wind").body("items.id", is(List.of(wind, school))).body("total", is(2));
    }

    @Test
    void theSearchSyntaxCannotInjectAnything() {
        for (String q : new String[] { "'; DROP TABLE dataset; --", "a & | ! ( ) :*", "\"unterminated", "-", "OR" }) {
            given().queryParam("q", q).queryParam("organization", organisation).get("/api/datasets").then()
                    .statusCode(200).body("total", is(0));
        }
        given().queryParam("q", "x".repeat(201)).get("/api/datasets").then().statusCode(400)
                .body("violations.field", hasItem("q"));
    }

    @Test
    void facetsCountTheWholeResult() {
        search("").body("total", is(3))
                .body("facets.theme.find { it.value == 'ENER' }.count", is(1))
                .body("facets.theme.find { it.value == 'ENER' }.label.fr", is("Énergie"))
                .body("facets.format.find { it.value == 'CSV' }.count", is(2))
                .body("facets.format.find { it.value == 'GEOJSON' }.count", is(1))
                .body("facets.license.find { it.value == 'ODBL_1_0' }.count", is(1))
                .body("facets.frequency.find { it.value == 'ANNUAL' }.count", is(2))
                .body("facets.hvdCategory.find { it.value == 'c_164e0bf5' }.count", is(1))
                .body("facets.keyword.find { it.value == 'wind' }.count", is(2))
                .body("facets.keyword.find { it.value == 'éolien' }.count", is(1))
                .body("facets.organization.find { it.value == '" + organisation + "' }.count", is(3));
    }

    @Test
    void filtersNarrowTheResultAndItsFacets() {
        search("format=CSV").body("total", is(2)).body("facets.format.find { it.value == 'GEOJSON' }.count", is(1));
        search("format=CSV&theme=TRAN").body("items.id", is(List.of(school)));
        search("keyword=%C3%89OLIEN").body("items.id", is(List.of(wind)));
        search("license=CC_BY_4_0&license=ODBL_1_0").body("total", is(2));
        search("hvdCategory=c_164e0bf5").body("items.id", is(List.of(weather)));
        search("frequency=DAILY&theme=ENER").body("total", is(0));
    }

    @Test
    void draftsAreNeitherShownNorCountedToThePublic() {
        search("q=eolienne").body("items.id", not(hasItem(draft))).body("total", is(1));
        given().auth().oauth2(coordinator).get("/api/datasets?organization=" + organisation).then()
                .body("items.id", hasItem(draft)).body("total", is(4));
        given().auth().oauth2(Tokens.of("coordinator-x", "other-" + organisation, "coordinator"))
                .get("/api/datasets?status=DRAFT&organization=" + organisation).then().body("total", is(0));
        given().get("/api/datasets/" + draft).then().statusCode(404);
        given().accept("text/turtle").get("/api/catalog?organization=" + organisation).then().statusCode(200)
                .body(containsString(wind)).body(not(containsString(draft)));
    }

    @Test
    void aCursorWalksTheWholeResultInOrder() {
        List<String> walked = new ArrayList<>();
        String cursor = null;
        for (int guard = 0; guard < 10; guard++) {
            var request = given().queryParam("organization", organisation).queryParam("size", 1)
                    .queryParam("sort", "-title");
            boolean walking = cursor != null;
            var answer = (walking ? request.queryParam("cursor", cursor) : request).get("/api/datasets").then()
                    .statusCode(200).body("total", is(3)).extract();
            walked.addAll(answer.path("items.id"));
            cursor = answer.path("nextCursor");
            if (cursor == null) {
                break;
            }
            if (walking) {
                assertThat(answer.headers().getValues("Link")).singleElement().asString().contains("rel=\"next\"")
                        .contains("cursor=");
            }
        }
        // -title: weather stations, school transport, renewable energy (English titles first).
        assertThat(walked).containsExactly(weather, school, wind);

        String relevance = search("q=wind&size=1").body("nextCursor", notNullValue()).extract().path("nextCursor");
        search("q=wind&size=1&cursor=" + relevance).body("items.id", is(List.of(school)))
                .body("nextCursor", nullValue());
    }

    @Test
    void badPagingSortsAndCursorsAreProblems() {
        given().get("/api/datasets?size=101").then().statusCode(400).body("violations.field", hasItem("size"));
        given().get("/api/datasets?sort=popularity").then().statusCode(400).body("violations.field", hasItem("sort"));
        given().get("/api/datasets?cursor=not-a-cursor").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("cursor"));
        String cursor = search("size=1&sort=title").extract().path("nextCursor");
        search("size=1&sort=modified&cursor=" + cursor).statusCode(400);
        given().get("/api/datasets?status=LOST").then().statusCode(400);
    }

    private void assertFinds(String q, String id) {
        given().queryParam("q", q).queryParam("organization", organisation).get("/api/datasets").then()
                .statusCode(200).body("items.id", hasItem(id)).body("items.id", not(hasItem(draft)));
    }

    private ValidatableResponse search(String query) {
        return given().urlEncodingEnabled(false).get("/api/datasets?organization=" + organisation
                + (query.isEmpty() ? "" : "&" + query)).then().statusCode(org.hamcrest.Matchers.anyOf(is(200), is(400)));
    }

    private String create(String body) {
        return given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(body).post("/api/datasets")
                .then().statusCode(201).extract().header("Location");
    }

    private String publish(String body, String... formats) {
        String url = create(body);
        int version = 0;
        for (String format : formats) {
            given().auth().oauth2(coordinator).header("If-Match", "\"" + version++ + "\"")
                    .contentType(ContentType.JSON)
                    .body("{\"accessUrl\": \"https://data.example.org/" + format + "\", \"format\": \"" + format
                            + "\"}")
                    .post(url + "/distributions").then().statusCode(201);
        }
        given().auth().oauth2(coordinator).header("If-Match", "\"" + version + "\"").post(url + "/publish").then()
                .statusCode(200);
        return id(url);
    }

    private static String id(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
