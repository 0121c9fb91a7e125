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

import eu.od4growth.testing.ServiceBehaviourTest;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@ServiceTest
class ModelResourceTest extends ServiceBehaviourTest {

    private static final String COORDINATOR_GE = Tokens.of("coordinator-ge", "grand-est", "coordinator");
    private static final String COORDINATOR_VE = Tokens.of("coordinator-ve", "veneto", "coordinator");
    private static final String ADMIN = Tokens.of("admin", "grand-est", "admin");

    @Override
    protected String protectedPath() {
        return "/api/models";
    }

    @Override
    protected String allowedToken() {
        return COORDINATOR_GE;
    }

    private static String body(String code, String status) {
        return """
                {"code": "%s", "title": {"fr": "Diagnostic local", "en": "Local diagnostic"},
                 "scoring": "WEIGHTED", "status": "%s"}""".formatted(code, status);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response create(String token, String code, String status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body(code, status)).post("/api/models");
    }

    @Test
    void coordinatorDraftsAModelForTheirOrganisation() {
        String code = unique("draft");
        Response created = create(COORDINATOR_GE, code, "DRAFT");
        created.then().statusCode(201).header("Location", containsString("/api/models/"))
                .header("ETag", is("\"0\"")).body("ownerOrganisation", is("grand-est")).body("status", is("DRAFT"));

        given().auth().oauth2(COORDINATOR_GE).get(created.header("Location")).then().statusCode(200)
                .body("code", is(code)).body("title.fr", is("Diagnostic local"));
    }

    @Test
    void draftsStayWithinTheirOrganisation() {
        String draft = create(COORDINATOR_GE, unique("secret"), "DRAFT").then().statusCode(201).extract()
                .path("id");

        given().get("/api/models/" + draft).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/models/not-a-uuid").then().statusCode(400).body("type", is("/problems/malformed-request"));
        given().auth().oauth2(COORDINATOR_VE).get("/api/models/" + draft).then().statusCode(404);
        given().auth().oauth2(ADMIN).get("/api/models/" + draft).then().statusCode(200);
        given().get("/api/models?size=100").then().statusCode(200).body("items.id", not(hasItem(draft)))
                .body("items.status", everyItem(is("PUBLISHED")));
        given().auth().oauth2(COORDINATOR_GE).get("/api/models?size=100").then().body("items.id", hasItem(draft));
    }

    @Test
    void anotherOrganisationCannotChangeAPublishedModel() {
        Response created = create(COORDINATOR_GE, unique("pub"), "PUBLISHED");
        String id = created.then().statusCode(201).extract().path("id");

        given().get("/api/models/" + id).then().statusCode(200).body("status", is("PUBLISHED"));
        given().auth().oauth2(COORDINATOR_VE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body(created.path("code"), "DRAFT")).put("/api/models/" + id).then().statusCode(403)
                .body("type", is("/problems/forbidden"));
        given().auth().oauth2(COORDINATOR_VE).header("If-Match", "\"0\"").delete("/api/models/" + id).then()
                .statusCode(403);
    }

    @Test
    void aPublishedModelNeverChanges() {
        Response created = create(COORDINATOR_GE, unique("frozen"), "PUBLISHED");
        String id = created.then().statusCode(201).extract().path("id");

        given().auth().oauth2(COORDINATOR_GE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body(created.path("code"), "DRAFT")).put("/api/models/" + id).then().statusCode(409)
                .body("type", is("/problems/conflict"));
    }

    @Test
    void changesNeedTheCurrentETag() {
        String code = unique("etag");
        String id = create(COORDINATOR_GE, code, "DRAFT").then().statusCode(201).extract().path("id");
        String url = "/api/models/" + id;

        given().auth().oauth2(COORDINATOR_GE).contentType(ContentType.JSON).body(body(code, "DRAFT")).put(url)
                .then().statusCode(428);
        given().auth().oauth2(COORDINATOR_GE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body(code, "PUBLISHED")).put(url).then().statusCode(200).header("ETag", is("\"1\""))
                .body("status", is("PUBLISHED"));
        // A second editor who read version 0 cannot overwrite the change.
        given().auth().oauth2(COORDINATOR_GE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body(code, "DRAFT")).put(url).then().statusCode(412)
                .body("type", is("/problems/precondition-failed"));
    }

    @Test
    void aDraftCanBeDeletedByItsOrganisation() {
        String id = create(COORDINATOR_GE, unique("gone"), "DRAFT").then().statusCode(201).extract().path("id");

        given().auth().oauth2(COORDINATOR_GE).header("If-Match", "\"0\"").delete("/api/models/" + id).then()
                .statusCode(204);
        given().auth().oauth2(COORDINATOR_GE).get("/api/models/" + id).then().statusCode(404);
    }

    @Test
    void codesAreUnique() {
        String code = unique("twice");
        create(COORDINATOR_GE, code, "DRAFT").then().statusCode(201);
        create(COORDINATOR_VE, code, "DRAFT").then().statusCode(409).body("detail", containsString(code));
    }

    @Test
    void concurrentCreationsOfOneCodeGiveOneModelAndConflicts() throws Exception {
        String code = unique("race");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = IntStream.range(0, 8)
                    .<Callable<Integer>> mapToObj(i -> () -> create(COORDINATOR_GE, code, "DRAFT").statusCode())
                    .toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(COORDINATOR_GE).get("/api/models?size=100").then()
                .body("items.findAll { it.code == '" + code + "' }.size()", is(1));
    }

    @Test
    void invalidFieldsAreListed() {
        given().auth().oauth2(COORDINATOR_GE).contentType(ContentType.JSON)
                .body("{\"code\": \"Not Valid!\", \"title\": {\"xx\": \"\"}}").post("/api/models").then()
                .statusCode(400).contentType("application/problem+json").body("type", is("/problems/validation"))
                .body("violations.field", hasItems("code", "scoring"))
                .body("violations.find { it.field.startsWith('title') }", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void wrongTypeInBodyIsAMalformedRequest() {
        given().auth().oauth2(COORDINATOR_GE).contentType(ContentType.JSON)
                .body("{\"code\": \"ok-code\", \"title\": {\"en\": \"x\"}, \"scoring\": \"NO_SUCH_STRATEGY\"}")
                .post("/api/models").then().statusCode(400).body("detail", containsString("scoring"));
    }

    @Test
    void callerWithoutOrganisationCannotCreate() {
        create(Tokens.of("lonely", null, "coordinator"), unique("orphan"), "DRAFT").then().statusCode(403)
                .body("detail", containsString("organisation"));
    }

    @Test
    void listsArePagedWithLinks() {
        for (int i = 0; i < 3; i++) {
            create(COORDINATOR_GE, unique("paged"), "PUBLISHED").then().statusCode(201);
        }
        var links = given().get("/api/models?page=1&size=1").then().statusCode(200).body("page", is(1))
                .body("size", is(1)).body("items.size()", is(1)).extract().headers().getValues("Link");
        org.assertj.core.api.Assertions.assertThat(links).anyMatch(l -> l.contains("page=0&size=1>; rel=\"prev\""))
                .anyMatch(l -> l.contains("page=2&size=1>; rel=\"next\"")).anyMatch(l -> l.contains("rel=\"last\""));
        given().get("/api/models?size=1000").then().statusCode(400).body("violations.field", hasItem("size"));
    }
}
