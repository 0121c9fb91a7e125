package eu.od4growth.assessment.questionnaire;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

/** Whole model documents through HTTP: import, export, per-field problems, languages, versions, built-in models. */
@QuarkusTest
@ServiceTest
class ModelDocumentTest {

    private final String organisation = Documents.code("org");
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");

    @Test
    void anImportedModelIsExportedAsTheSameDocumentAndImportedAgain() {
        String code = Documents.code("local");
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Documents.weighted(code, null))
                .post("/api/models/import").then().statusCode(201).header("ETag", is("\"0\""))
                .header("Location", containsString("/api/models/")).body("status", is("DRAFT"))
                .body("questions", is(7)).body("scoredQuestions", is(6)).body("family", is(code))
                .body("organization", is(organisation)).extract().header("Location");
        assertThat(url).doesNotContain("/import/");

        String exported = given().auth().oauth2(coordinator).get(url + "/export").then().statusCode(200)
                .body("code", is(code)).body("dimensions.code", is(List.of("policy", "impact", "portal", "quality")))
                .body("dimensions[0].subDimensions[0].questions[1].options[1].fraction", is(0.5f))
                .body("dimensions[0].subDimensions[0].questions[0].required", is(true))
                .body("dimensions[3].subDimensions[0].questions[1].required", is(false))
                .extract().asString();
        String copy = Documents.code("copy");
        String copyUrl = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(exported.replace("\"" + code + "\"", "\"" + copy + "\"")).post("/api/models/import").then()
                .statusCode(201).extract().header("Location");
        Map<String, Object> again = JsonPath.from(given().auth().oauth2(coordinator).get(copyUrl + "/export").asString())
                .getMap("");
        Map<String, Object> first = JsonPath.from(exported).getMap("");
        again.remove("code");
        first.remove("code");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void everyInvalidFieldIsNamedByItsPathInTheDocument() {
        String broken = Documents.weighted(Documents.code("bad"), null)
                .replace("\"weight\": 10}", "\"weight\": -1}")
                .replace("{\"code\": \"half\", \"label\": {\"fr\": \"La moitié\", \"en\": \"Half\"}, \"fraction\": 0.5}",
                        "{\"code\": \"half\", \"label\": {\"fr\": \"La moitié\"}, \"fraction\": 1.5}")
                .replace("\"type\": \"MULTIPLE_CHOICE\"", "\"type\": null");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(broken).post("/api/models/import").then()
                .statusCode(400).contentType("application/problem+json").body("type", is("/problems/validation"))
                .body("violations.field", hasItems("dimensions[0].subDimensions[0].questions[0].weight",
                        "dimensions[0].subDimensions[0].questions[1].options[1].fraction",
                        "dimensions[1].subDimensions[0].questions[0].type"));
        // once the fields are well formed, the model's rules: texts in the fallback language, weights, unique codes
        String unruly = Documents.weighted(Documents.code("bad"), null)
                .replace("{\"fr\": \"La moitié\", \"en\": \"Half\"}", "{\"fr\": \"La moitié\"}")
                .replace("\"weight\": 10}", "\"weight\": 0}").replace("\"POR2\"", "\"POR1\"");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(unruly).post("/api/models/import").then()
                .statusCode(400).body("violations.field", is(List.of(
                        "dimensions[0].subDimensions[0].questions[0].weight",
                        "dimensions[0].subDimensions[0].questions[1].options[1].label",
                        "dimensions[2].subDimensions[0].questions[1].code")))
                .body("violations[1].message", is("needs a text in the fallback language 'en'"));
    }

    @Test
    void theQuestionnaireIsReadInTheRequestedLanguageOrTheFallback() {
        String id = Documents.publish(organisation, Documents.weighted(Documents.code("lang"), null));
        given().get("/api/models/" + id + "/questionnaire?lang=fr").then().statusCode(200)
                .header("Content-Language", is("fr")).body("language", is("fr")).body("title", is("Diagnostic local"))
                .body("dimensions[0].title", is("Politique"))
                .body("dimensions[0].subDimensions[0].questions[1].options[0].label", is("Tous"));
        given().header("Accept-Language", "it, fr;q=0.8").get("/api/models/" + id + "/questionnaire").then()
                .statusCode(200).header("Content-Language", is("fr")).body("dimensions[2].title", is("Portail"));
        given().header("Accept-Language", "pl").get("/api/models/" + id + "/questionnaire").then().statusCode(200)
                .header("Content-Language", is("en")).body("title", is("Local diagnostic"));
        // a language the model lacks falls back text by text
        given().get("/api/models/" + id + "/questionnaire?lang=it").then().statusCode(200)
                .header("Content-Language", is("it")).body("title", is("Local diagnostic"));
        given().get("/api/models/" + id + "/questionnaire?lang=xx").then().statusCode(400)
                .body("violations[0].field", is("lang"));
    }

    @Test
    void aModelWithNothingToAnswerIsNotPublished() {
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"code\": \"" + Documents.code("empty")
                        + "\", \"title\": {\"en\": \"Empty\"}, \"scoring\": \"WEIGHTED\"}")
                .post("/api/models").then().statusCode(201).extract().header("Location");
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").post(url + "/publish").then().statusCode(409)
                .body("detail", endsWith("cannot be published: it has no dimension, it has no scored question"));
    }

    @Test
    void aNewVersionNamesAPublishedPredecessorAndJoinsItsFamily() {
        String first = Documents.code("v1");
        Documents.publish(organisation, Documents.weighted(first, null));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Documents.weighted(Documents.code("v2"), first)).post("/api/models/import").then().statusCode(201)
                .body("predecessor", is(first)).body("family", is(first));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Documents.weighted(Documents.code("v2"), "no-such-model")).post("/api/models/import").then()
                .statusCode(400).body("violations.field", is(List.of("predecessor")));
    }

    @Test
    void theBuiltInModelsArePublishedInFrenchAndEnglishAndImportable() {
        JsonPath models = given().get("/api/models?organization=od4g").then().statusCode(200).extract().jsonPath();
        assertThat(models.getList("items.status")).containsOnly("PUBLISHED").hasSize(2);
        assertThat(models.getList("items.scoring")).containsExactlyInAnyOrder("WEIGHTED", "LEVEL_LADDER");
        for (Map<String, Object> model : models.<Map<String, Object>> getList("items")) {
            int scored = (Integer) model.get("scoredQuestions");
            assertThat(scored).isGreaterThanOrEqualTo("WEIGHTED".equals(model.get("scoring")) ? 40 : 15);
            String document = given().get("/api/models/" + model.get("id") + "/export").then().statusCode(200)
                    .extract().asString();
            List<Map<String, String>> texts = JsonPath.from(document).getList(
                    "dimensions.subDimensions.flatten().questions.flatten().text");
            assertThat(texts).allSatisfy(text -> assertThat(text).containsKeys("fr", "en"));
            String copy = Documents.code("builtin-copy");
            given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                    .body(document.replace("\"code\":\"" + model.get("code") + "\"", "\"code\":\"" + copy + "\""))
                    .post("/api/models/import").then().statusCode(201).body("code", is(copy))
                    .body("scoredQuestions", is(scored));
        }
    }
}
