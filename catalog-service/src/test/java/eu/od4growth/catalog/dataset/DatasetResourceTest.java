package eu.od4growth.catalog.dataset;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.OwnedRecordBehaviourTest;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Datasets as owned records (drafts, visibility, paging, every write's refusals) and their publication workflow with
 * per-role transitions, distributions and history, with signed tokens.
 */
@QuarkusTest
@ServiceTest
class DatasetResourceTest extends OwnedRecordBehaviourTest {

    static final String INVALID = """
            {"title": {"xx": ""}, "themes": ["NOPE"], "license": "WTFPL", "spatial": ["france"],
             "temporal": {"start": "2024-01-01", "end": "2020-01-01"}, "landingPage": "ftp://x",
             "contactPoint": {"name": "Open data"}}""";
    static final String INVALID_DISTRIBUTION = """
            {"accessUrl": "not a url", "format": "EXE", "byteSize": -1, "mediaType": "csv",
             "checksum": {"algorithm": "CRC", "value": "XYZ"}}""";

    @Override
    protected String collectionPath() {
        return "/api/datasets";
    }

    @Override
    protected String body(String text, int order) {
        return """
                {"title": {"fr": "%s", "en": "Dataset %02d"}, "description": {"fr": "Description", "en": "Description"},
                 "themes": ["ENVI"], "license": "ETALAB_2_0"}""".formatted(text, order);
    }

    @Override
    protected String textField() {
        return "title.fr";
    }

    @Override
    protected List<Write> writes() {
        return writes(Write.create(body("Qualité de l'air", 1), INVALID, "title", "description", "themes[0]",
                "license", "spatial[0]", "temporal.endAfterStart", "landingPage", "contactPoint.reachable"),
                Write.change("PUT", "", body("Qualité de l'eau", 1), INVALID, "title", "themes[0]", "license"),
                Write.action("POST", "/submit"),
                Write.action("POST", "/publish"),
                Write.change("POST", "/send-back", "{\"comment\": \"Add a licence\"}", "{\"comment\": \" \"}",
                        "comment"),
                Write.action("POST", "/archive"),
                Write.change("POST", "/distributions", Datasets.CSV, INVALID_DISTRIBUTION, "accessUrl", "format",
                        "byteSize", "mediaType", "checksum.algorithm", "checksum.value"));
    }

    private String publisher() {
        return Tokens.of("publisher-" + organisation, organisation, "publisher");
    }

    @Test
    void publishersSubmitAndCoordinatorsPublish() {
        String url = create(publisher(), body("Arbres remarquables", 0)).statusCode(201).body("status", is("DRAFT"))
                .body("organization", is(organisation)).extract().header("Location");
        // Publishers and coordinators of the organisation both see the draft; a publisher cannot publish it.
        given().auth().oauth2(allowedToken()).get(url).then().statusCode(200);
        given().auth().oauth2(publisher()).header("If-Match", "\"0\"").post(url + "/publish").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(publisher()).header("If-Match", "\"0\"").post(url + "/submit").then().statusCode(200)
                .body("status", is("IN_REVIEW")).header("ETag", is("\"1\""));
        given().auth().oauth2(publisher()).header("If-Match", "\"1\"").post(url + "/submit").then().statusCode(409)
                .body("detail", containsString("in review"));
        given().auth().oauth2(allowedToken()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"comment\": \"Add the licence\"}").post(url + "/send-back").then().statusCode(200)
                .body("status", is("DRAFT")).body("reviewComment", is("Add the licence"));
        given().auth().oauth2(publisher()).header("If-Match", "\"2\"").post(url + "/submit").then().statusCode(200);
        given().auth().oauth2(allowedToken()).header("If-Match", "\"3\"").post(url + "/publish").then()
                .statusCode(200).body("status", is("PUBLISHED")).body("reviewComment", nullValue())
                .body("issued", org.hamcrest.Matchers.notNullValue());
        given().get(url).then().statusCode(200).body("status", is("PUBLISHED"));
        // The publisher of another organisation sees it but cannot change it.
        given().auth().oauth2(Tokens.of("publisher-x", "other-" + organisation, "publisher"))
                .header("If-Match", "\"4\"").contentType(ContentType.JSON).body(body("Taken", 0)).put(url).then()
                .statusCode(403);
        given().auth().oauth2(allowedToken()).header("If-Match", "\"4\"").post(url + "/archive").then()
                .statusCode(200).body("status", is("ARCHIVED"));
        given().get(url).then().statusCode(200).body("status", is("ARCHIVED"));
        given().auth().oauth2(publisher()).header("If-Match", "\"5\"").contentType(ContentType.JSON)
                .body(body("Changed", 0)).put(url).then().statusCode(409);
        given().auth().oauth2(allowedToken()).header("If-Match", "\"5\"").post(url + "/publish").then()
                .statusCode(409).body("detail", containsString("archived"));
    }

    @Test
    void distributionsChangeWithTheDatasetsETagAndEveryChangeIsInTheHistory() {
        String url = create(publisher(), body("Pistes cyclables", 0)).statusCode(201).extract().header("Location");
        String distribution = given().auth().oauth2(publisher()).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(Datasets.CSV).post(url + "/distributions").then().statusCode(201)
                .header("ETag", is("\"1\"")).header("Location", containsString(url + "/distributions/"))
                .body("format", is("CSV")).body("mediaType", is("text/csv")).body("license", is("ETALAB_2_0"))
                .extract().path("id");
        given().auth().oauth2(publisher()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Datasets.CSV).post(url + "/distributions").then().statusCode(412);
        given().auth().oauth2(publisher()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Datasets.CSV.replace("\"CSV\"", "\"GEOJSON\"").replace("text/csv", "application/geo+json"))
                .put(url + "/distributions/" + distribution).then().statusCode(200).body("format", is("GEOJSON"))
                .header("ETag", is("\"2\""));
        given().auth().oauth2(publisher()).get(url).then().body("distributions.format", is(List.of("GEOJSON")));
        given().auth().oauth2(publisher()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(body("Pistes cyclables du Grand Est", 0)).put(url).then().statusCode(200);
        given().auth().oauth2(publisher()).header("If-Match", "\"3\"").delete(url + "/distributions/" + distribution)
                .then().statusCode(204).header("ETag", is("\"4\""));
        given().auth().oauth2(publisher()).header("If-Match", "\"4\"").post(url + "/submit").then().statusCode(200);

        given().auth().oauth2(allowedToken()).get(url + "/history").then().statusCode(200)
                .body("action", is(List.of("CREATE", "ADD_DISTRIBUTION", "UPDATE_DISTRIBUTION", "UPDATE",
                        "REMOVE_DISTRIBUTION", "SUBMIT")))
                .body("by", hasItem("publisher-" + organisation))
                .body("[2].changes.find { it.field.endsWith('.format') }.oldValue", is("CSV"))
                .body("[2].changes.find { it.field.endsWith('.format') }.newValue", is("GEOJSON"))
                .body("[3].changes.field", is(List.of("title")))
                .body("[3].changes[0].newValue.fr", is("Pistes cyclables du Grand Est"))
                .body("[5].changes.find { it.field == 'status' }.oldValue", is("DRAFT"))
                .body("[5].changes.find { it.field == 'status' }.newValue", is("IN_REVIEW"));
        given().get(url + "/history").then().statusCode(401);
        given().auth().oauth2(Tokens.of("publisher-x", "other-" + organisation, "publisher")).get(url + "/history")
                .then().statusCode(404);
    }

    @Test
    void unknownVocabularyCodesAreRefusedNamingTheField() {
        given().auth().oauth2(publisher()).contentType(ContentType.JSON)
                .body("""
                        {"title": {"fr": "Bus"}, "description": {"fr": "Lignes"}, "themes": ["TRAN", "MOON"],
                         "frequency": "SOMETIMES", "accessRights": "OPEN", "languages": ["KLINGON"],
                         "hvdCategories": ["c_nope"]}""")
                .post("/api/datasets").then().statusCode(400).body("type", is("/problems/validation"))
                .body("violations.field", hasItems("themes[1]", "frequency", "accessRights", "languages[0]",
                        "hvdCategories[0]"))
                .body("violations.find { it.field == 'themes[1]' }.message",
                        is("'MOON' is not a code of the themes vocabulary (see /api/catalog/vocabularies/themes)"));
        given().auth().oauth2(publisher()).get("/api/datasets?organization=" + organisation).then()
                .body("total", is(0));
    }

    @Test
    void aFullyDescribedDatasetKeepsEveryProperty() {
        String url = create(publisher(), Datasets.FULL).statusCode(201).extract().header("Location");
        given().auth().oauth2(publisher()).get(url).then().statusCode(200)
                .body("keywords.fr", hasItems("qualité de l'air"))
                .body("contactPoint.email", is("opendata@example.org"))
                .body("temporal.start", is("2015-01-01")).body("spatial", is(List.of("FRF")))
                .body("hvdCategories", is(List.of("c_dd313021")))
                .body("applicableLegislation", hasItem("http://data.europa.eu/eli/reg_impl/2023/138/oj"))
                .body("languages", is(List.of("FRA", "ENG")));
    }
}
