package eu.od4growth.catalog.request;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.testing.WriteRefusalBehaviourTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** Data requests: asked by signed-in users, voted once each, answered by the organisation's coordinators. */
@QuarkusTest
@ServiceTest
class DataRequestResourceTest extends WriteRefusalBehaviourTest {

    private static final String ADMIN = Tokens.of("admin", "grand-est", "admin");
    private static final String INVALID = "{\"title\": \"\", \"description\": \"\", \"organization\": \"Not A Slug\", \"theme\": \"NOPE\"}";

    private final String organisation = "req-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private final String asker = Tokens.of("participant-a", "elsewhere", "participant");
    private boolean registered;

    private String organisation() {
        if (!registered) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body("{\"slug\": \"%s\", \"name\": \"Requests\", \"kind\": \"CITY\"}".formatted(organisation))
                    .post("/api/organizations").then().statusCode(201);
            registered = true;
        }
        return organisation;
    }

    private String body(String title) {
        return """
                {"title": "%s", "description": "Bus positions every 30 seconds.", "organization": "%s", "theme": "TRAN"}"""
                .formatted(title, organisation());
    }

    @Override
    protected String collectionPath() {
        return "/api/data-requests";
    }

    @Override
    protected String allowedToken() {
        return coordinator;
    }

    @Override
    protected String wrongRoleToken() {
        return Tokens.of("nobody-" + organisation, organisation);
    }

    @Override
    protected String otherOrganisationToken() {
        return Tokens.of("coordinator-x", "other-" + organisation, "coordinator");
    }

    @Override
    protected String createRecord() {
        return given().auth().oauth2(asker).contentType(ContentType.JSON).body(body("Bus positions"))
                .post("/api/data-requests").then().statusCode(201).body("status", is("OPEN")).extract()
                .header("Location");
    }

    @Override
    protected List<Write> writes() {
        return writes(Write.create(body("Bus positions"), INVALID, "title", "description", "organization", "theme"),
                Write.change("POST", "/refuse", "{\"answer\": \"Not ours to publish\"}", "{\"answer\": \" \"}",
                        "answer"));
    }

    @Override
    protected String bodyWithText(String text) {
        return body(text);
    }

    @Override
    protected String textField() {
        return "title";
    }

    @Test
    void othersVoteOnceEachAndTheOrganisationAcceptsWithAPlannedDataset() {
        String url = createRecord();
        String id = url.substring(url.lastIndexOf('/') + 1);
        String voter1 = Tokens.of("respondent-v1", "elsewhere", "respondent");
        String voter2 = Tokens.of("publisher-v2", "elsewhere", "publisher");
        given().auth().oauth2(voter1).post(url + "/votes").then().statusCode(200).body("votes", is(1));
        given().auth().oauth2(voter1).post(url + "/votes").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(asker).post(url + "/votes").then().statusCode(409);
        given().auth().oauth2(voter2).post(url + "/votes").then().statusCode(200).body("votes", is(2));
        given().auth().oauth2(voter2).delete(url + "/votes").then().statusCode(200).body("votes", is(1));
        given().auth().oauth2(voter2).delete(url + "/votes").then().statusCode(404);
        given().post(url + "/votes").then().statusCode(401);
        // Voting does not change the version a coordinator answers with.
        given().get(url).then().header("ETag", is("\"0\""));

        String other = createRecord();
        given().get("/api/data-requests?organization=" + organisation).then().statusCode(200)
                .body("items.id", is(List.of(id, other.substring(other.lastIndexOf('/') + 1))));

        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"answer\": \"Yes\"}").post(url + "/accept").then().statusCode(400)
                .body("violations.field", hasItem("datasetId"));
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"plannedDatasetId\": \"" + UUID.randomUUID() + "\"}").post(url + "/accept").then()
                .statusCode(400).body("violations.field", hasItem("plannedDatasetId"));
        String planned = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"title\": {\"en\": \"Bus positions\"}, \"targetDate\": \"2099-06-30\", \"priority\": \"HIGH\"}")
                .post("/api/organizations/" + organisation + "/planned-datasets").then().statusCode(201).extract()
                .path("id");
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"answer\": \"Planned for 2099\", \"plannedDatasetId\": \"" + planned + "\"}")
                .post(url + "/accept").then().statusCode(200).body("status", is("ACCEPTED"))
                .body("plannedDatasetId", is(planned)).body("answer", is("Planned for 2099"))
                .header("ETag", is("\"1\""));
        given().auth().oauth2(coordinator).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"answer\": \"Changed our mind\"}").post(url + "/refuse").then().statusCode(409);
        given().get("/api/data-requests?organization=" + organisation + "&status=ACCEPTED").then()
                .body("items.id", is(List.of(id)));
        given().get("/api/data-requests?sort=votes").then().statusCode(400);
    }
}
