package eu.od4growth.catalog.plan;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.testing.WriteRefusalBehaviourTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The publication plan: coordinators plan, members read the items with their progress, the public the aggregate;
 * every refusal of its writes as for the other resources, and the ETag of a read is the one a change needs.
 */
@QuarkusTest
@ServiceTest
class PublicationPlanTest extends WriteRefusalBehaviourTest {

    private static final String INVALID = "{\"title\": {\"xx\": \"\"}, \"theme\": \"NOPE\"}";

    private static final String ADMIN = Tokens.of("admin", "grand-est", "admin");

    private final String organisation = "plan-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private final String publisher = Tokens.of("publisher-" + organisation, organisation, "publisher");
    private final String path = "/api/organizations/" + organisation + "/planned-datasets";

    @BeforeEach
    void register() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"slug\": \"%s\", \"name\": \"Plan\", \"kind\": \"CITY\"}".formatted(organisation))
                .post("/api/organizations").then().statusCode(201);
    }

    @Override
    protected String collectionPath() {
        return path;
    }

    @Override
    protected List<Write> writes() {
        return writes(Write.create(item("Bus stops", "2099-12-31", null), INVALID, "title", "theme", "targetDate",
                "priority"),
                Write.change("PUT", "", item("Bus stops", "2098-12-31", null), INVALID, "title", "theme",
                        "targetDate", "priority"));
    }

    @Override
    protected String createRecord() {
        return given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(item("Bus stops", "2099-12-31", null)).post(path).then().statusCode(201).extract()
                .header("Location");
    }

    @Override
    protected String allowedToken() {
        return coordinator;
    }

    @Override
    protected String wrongRoleToken() {
        return publisher;
    }

    @Override
    protected String otherOrganisationToken() {
        return Tokens.of("coordinator-x", "other-" + organisation, "coordinator");
    }

    @Override
    protected String bodyWithText(String text) {
        return item(text, "2099-12-31", null);
    }

    @Override
    protected String textField() {
        return "title.en";
    }

    /** The collection is for members: anonymous is 401 before the page is read, so a member asks for page "first". */
    @Override
    @Test
    public void unreadableQueryParameterIsAProblem400() {
        given().auth().oauth2(publisher).get(path + "?page=first").then().statusCode(400)
                .contentType("application/problem+json").body("type", is("/problems/malformed-request"))
                .body("detail", containsString("first"));
    }

    /**
     * Quarkus REST answers a method that no resource offers below the /api/organizations/{slug} prefix, which several
     * resource classes share, with 404 rather than 405 (plan-progress too). Either way it is a problem and nothing
     * changes.
     */
    @Override
    @Test
    public void unsupportedMethodIsAProblem405() {
        String url = createRecord();
        for (String target : new String[] { path, url }) {
            given().auth().oauth2(coordinator).patch(target).then().statusCode(anyOf(is(404), is(405)))
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(coordinator).get(url).then().statusCode(200).header("ETag", is("\"0\""));
    }

    @Test
    void theETagOfAReadIsTheOneAChangeNeeds() {
        String url = createRecord();
        String read = given().auth().oauth2(publisher).get(url).then().statusCode(200)
                .header("ETag", notNullValue()).extract().header("ETag");
        String changed = given().auth().oauth2(coordinator).header("If-Match", read).contentType(ContentType.JSON)
                .body(item("Bus stops", "2098-12-31", null)).put(url).then().statusCode(200)
                .header("ETag", not(read)).extract().header("ETag");
        given().auth().oauth2(publisher).get(url).then().statusCode(200).header("ETag", is(changed))
                .body("targetDate", is("2098-12-31"));
        given().auth().oauth2(coordinator).header("If-Match", read).contentType(ContentType.JSON)
                .body(item("Bus stops", "2097-12-31", null)).put(url).then().statusCode(412)
                .contentType("application/problem+json").body("type", is("/problems/precondition-failed"));
        given().auth().oauth2(publisher).get(url).then().header("ETag", is(changed))
                .body("targetDate", is("2098-12-31"));
    }

    @Test
    void progressCountsDoneOnTimeAndLate() {
        given().get("/api/organizations/" + organisation + "/plan-progress").then().statusCode(200)
                .body("planned", is(0)).body("doneShare", is(0.0f));
        String late = plan("Road works", "2020-01-31", null);
        plan("Bus stops", "2099-12-31", null);
        String dataset = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"title\": {\"en\": \"Parking\"}, \"description\": {\"en\": \"Car parks.\"}}")
                .post("/api/datasets").then().statusCode(201).extract().path("id");
        String done = plan("Parking", "2020-06-30", dataset);
        given().auth().oauth2(publisher).get(path + "/" + done).then().statusCode(200).body("progress", is("LATE"));
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").post("/api/datasets/" + dataset + "/publish")
                .then().statusCode(200);
        given().auth().oauth2(publisher).get(path + "/" + done).then().body("progress", is("DONE"));
        given().auth().oauth2(publisher).get(path + "/" + late).then().body("progress", is("LATE"));
        given().auth().oauth2(publisher).get(path).then().statusCode(200).body("total", is(3))
                .body("items.progress", is(java.util.List.of("LATE", "DONE", "ON_TIME")));
        given().get("/api/organizations/" + organisation + "/plan-progress").then().statusCode(200)
                .body("planned", is(3)).body("done", is(1)).body("onTime", is(1)).body("late", is(1))
                .body("doneShare", is(0.33f));
        given().get("/api/catalog/plan-progress").then().statusCode(200).body("organization", hasItem(organisation));
        given().accept("text/csv").get("/api/catalog/plan-progress").then().statusCode(406)
                .contentType("application/problem+json");
        given().get("/api/organizations/nobody-" + organisation + "/plan-progress").then().statusCode(404);
    }

    @Test
    void onlyTheOrganisationsMembersReadAndItsCoordinatorsChange() {
        String id = plan("Bus stops", "2099-12-31", null);
        given().get(path).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("coordinator-x", "other-" + organisation, "coordinator")).get(path).then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(publisher).contentType(ContentType.JSON).body(item("Taken", "2099-01-01", null))
                .post(path).then().statusCode(403);
        given().auth().oauth2(Tokens.of("coordinator-x", "other-" + organisation, "coordinator"))
                .contentType(ContentType.JSON).body(item("Taken", "2099-01-01", null)).post(path).then()
                .statusCode(403);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(item("Other's", "2099-01-01", UUID.randomUUID().toString())).post(path).then().statusCode(400)
                .body("violations.field", hasItem("datasetId"));
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(item("Bus stops", "2098-12-31", null)).put(path + "/" + id).then().statusCode(200)
                .body("targetDate", is("2098-12-31")).header("ETag", is("\"1\""));
    }

    private String plan(String title, String target, String dataset) {
        return given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(item(title, target, dataset))
                .post(path).then().statusCode(201).header("ETag", is("\"0\"")).extract().path("id");
    }

    private static String item(String title, String target, String dataset) {
        return """
                {"title": {"en": "%s"}, "theme": "TRAN", "targetDate": "%s", "priority": "MEDIUM"%s}"""
                .formatted(title, target, dataset == null ? "" : ", \"datasetId\": \"" + dataset + "\"");
    }
}
