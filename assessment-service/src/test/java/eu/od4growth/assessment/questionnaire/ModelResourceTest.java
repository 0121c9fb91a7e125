package eu.od4growth.assessment.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.OwnedRecordBehaviourTest;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@ServiceTest
class ModelResourceTest extends OwnedRecordBehaviourTest {

    private static final String INVALID = "{\"code\": \"Not Valid!\", \"title\": {\"xx\": \"\"}}";
    /** Codes are unique across organisations, so each test run draws its own. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Override
    protected String collectionPath() {
        return "/api/models";
    }

    @Override
    protected String body(String text, int order) {
        return code(order, text.hashCode() & 0xffff, text);
    }

    private String code(int order, int salt, String text) {
        return """
                {"code": "m-%s-%02d-%d", "title": {"fr": "%s", "en": "Local diagnostic"}, "scoring": "WEIGHTED",
                 "dimensions": [{"code": "policy", "title": {"en": "Policy"}, "subDimensions": [
                   {"code": "framework", "title": {"en": "Framework"}, "questions": [
                     {"code": "P1", "type": "YES_NO", "text": {"en": "Is there a strategy?"}, "weight": 10}]}]}]}"""
                .formatted(run, order, salt, text);
    }

    @Override
    protected String textField() {
        return "title.fr";
    }

    @Override
    protected List<Write> writes() {
        return writes(Write.create(body("Diagnostic", 1), INVALID, "code", "title", "scoring"),
                Write.change("PUT", "", body("Diagnostic", 1), INVALID, "code", "title", "scoring"),
                Write.action("POST", "/publish"),
                Write.action("DELETE", ""));
    }

    @Test
    void aDraftIsRevisedWithItsCodeUnchanged() {
        String url = createRecord();
        String code = given().auth().oauth2(allowedToken()).get(url).then().extract().path("code");
        String revised = "{\"code\": \"%s\", \"title\": {\"en\": \"Revised\"}, \"scoring\": \"LEVEL_LADDER\"}"
                .formatted(code);
        given().auth().oauth2(allowedToken()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(revised)
                .put(url).then().statusCode(200).header("ETag", is("\"1\"")).body("scoring", is("LEVEL_LADDER"))
                .body("title.en", is("Revised"));
        given().auth().oauth2(allowedToken()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(revised.replace(code, code + "-x")).put(url).then().statusCode(409)
                .body("detail", containsString("code"));
    }

    @Test
    void aPublishedModelNeitherChangesNorGoes() {
        String url = createRecord();
        String code = given().auth().oauth2(allowedToken()).get(url).then().extract().path("code");
        String etag = publish(allowedToken(), url);
        given().auth().oauth2(allowedToken()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"title\": {\"en\": \"x\"}, \"scoring\": \"WEIGHTED\"}").put(url)
                .then().statusCode(409).body("type", is("/problems/conflict"));
        given().auth().oauth2(allowedToken()).header("If-Match", etag).delete(url).then().statusCode(409);
        given().get(url).then().statusCode(200).header("ETag", is(etag));
    }

    @Test
    void aDraftCanBeDeletedByItsOrganisation() {
        String url = createRecord();
        given().auth().oauth2(allowedToken()).header("If-Match", "\"0\"").delete(url).then().statusCode(204);
        given().auth().oauth2(allowedToken()).get(url).then().statusCode(404);
    }

    @Test
    void administratorsSeeEveryDraft() {
        String url = createRecord();
        given().auth().oauth2(Tokens.of("admin", "grand-est", "admin")).get(url).then().statusCode(200);
    }

    @Test
    void aTakenCodeIsAConflictNamingIt() {
        String body = body("Twice", 7);
        String code = given().auth().oauth2(allowedToken()).contentType(ContentType.JSON).body(body).post("/api/models")
                .then().statusCode(201).extract().path("code");
        given().auth().oauth2(otherOrganisationToken()).contentType(ContentType.JSON).body(body).post("/api/models")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", is("code '" + code + "' is already taken"));
    }

    @Test
    void concurrentCreationsOfOneCodeGiveOneModelAndConflicts() throws Exception {
        String body = body("Race", 8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = IntStream.range(0, 8)
                    .<Callable<Integer>> mapToObj(i -> () -> given().auth().oauth2(allowedToken())
                            .contentType(ContentType.JSON).body(body).post("/api/models").statusCode())
                    .toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(allowedToken()).get("/api/models?organization=" + organisation).then()
                .body("total", is(1));
    }

    @Test
    void invalidFieldsAreListed() {
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON).body(INVALID).post("/api/models").then()
                .statusCode(400).contentType("application/problem+json").body("type", is("/problems/validation"))
                .body("violations.field", hasItems("code", "scoring", "title"))
                .body("violations.message", hasItem(containsString("'xx' must be one of the languages")));
    }

    @Test
    void anUnknownScoringStrategyIsAMalformedRequest() {
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body("{\"code\": \"ok-code\", \"title\": {\"en\": \"x\"}, \"scoring\": \"NO_SUCH_STRATEGY\"}")
                .post("/api/models").then().statusCode(400).body("type", is("/problems/malformed-request"))
                .body("detail", containsString("scoring"));
    }

    @Test
    void anUnreadableIdIsAMalformedRequest() {
        given().get("/api/models/not-a-uuid").then().statusCode(400).body("type", is("/problems/malformed-request"));
    }

    @Test
    void callerWithoutOrganisationCannotCreate() {
        given().auth().oauth2(Tokens.of("lonely", null, "coordinator")).contentType(ContentType.JSON)
                .body(body("Orphan", 9)).post("/api/models").then().statusCode(403)
                .body("detail", containsString("organisation"));
    }
}
