package eu.od4growth.catalog.reuse;

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

/** Reuses: declared by any signed-in user, listed on their datasets, changed by their author only; every refusal. */
@QuarkusTest
@ServiceTest
class ReuseResourceTest extends WriteRefusalBehaviourTest {

    private static final String INVALID = "{\"title\": \"\", \"url\": \"ftp://x\", \"datasets\": []}";

    private final String organisation = "reuse-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private final String author = Tokens.of("participant-" + organisation, organisation, "participant");
    private String dataset;

    private String dataset() {
        if (dataset == null) {
            String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                    .body("{\"title\": {\"en\": \"Cycle paths\"}, \"description\": {\"en\": \"Where to ride.\"}}")
                    .post("/api/datasets").then().statusCode(201).extract().header("Location");
            given().auth().oauth2(coordinator).header("If-Match", "\"0\"").post(url + "/publish").then()
                    .statusCode(200);
            dataset = url.substring(url.lastIndexOf('/') + 1);
        }
        return dataset;
    }

    private String body(String title) {
        return """
                {"title": "%s", "url": "https://maps.example.org/cycling", "type": "APPLICATION",
                 "description": "A map of the cycle paths.", "datasets": ["%s"], "authorName": "Jeanne Martin"}"""
                .formatted(title, dataset());
    }

    @Override
    protected String collectionPath() {
        return "/api/reuses";
    }

    @Override
    protected String allowedToken() {
        return author;
    }

    @Override
    protected String wrongRoleToken() {
        return Tokens.of("nobody-" + organisation, organisation);
    }

    @Override
    protected String otherOrganisationToken() {
        return Tokens.of("participant-x", "other-" + organisation, "participant");
    }

    @Override
    protected String createRecord() {
        return given().auth().oauth2(author).contentType(ContentType.JSON).body(body("Cycling map")).post("/api/reuses")
                .then().statusCode(201).extract().header("Location");
    }

    @Override
    protected List<Write> writes() {
        return writes(Write.create(body("Cycling map"), INVALID, "title", "url", "type", "datasets"),
                Write.change("PUT", "", body("Cycling map v2"), INVALID, "title", "url"),
                Write.action("DELETE", ""));
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
    void aReuseIsListedOnItsDatasetAndOnlyPublishedDatasetsCount() {
        String url = createRecord();
        String id = url.substring(url.lastIndexOf('/') + 1);
        given().get("/api/datasets/" + dataset() + "/reuses").then().statusCode(200).body("items.id", hasItem(id))
                .body("items[0].authorName", is("Jeanne Martin"));
        given().get("/api/reuses?dataset=" + dataset() + "&type=APPLICATION").then().body("items.id", hasItem(id));
        given().get("/api/reuses?dataset=" + dataset() + "&type=ARTICLE").then().body("total", is(0));

        String draft = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"title\": {\"en\": \"Draft\"}, \"description\": {\"en\": \"Not yet.\"}}").post("/api/datasets")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(author).contentType(ContentType.JSON)
                .body(body("Early map").replace(dataset(), draft)).post("/api/reuses").then().statusCode(400)
                .body("violations.field", hasItem("datasets[0]"));
        given().auth().oauth2(author).contentType(ContentType.JSON)
                .body(body("Other's map").replace("\"authorName\": \"Jeanne Martin\"", "\"authorOrganization\": \"grand-est\""))
                .post("/api/reuses").then().statusCode(400).body("violations.field", hasItem("authorOrganization"));
        given().auth().oauth2(author).contentType(ContentType.JSON)
                .body(body("Our map").replace("\"authorName\": \"Jeanne Martin\"",
                        "\"authorOrganization\": \"" + organisation + "\""))
                .post("/api/reuses").then().statusCode(201).body("authorOrganization", is(organisation));
        String etag = given().get(url).then().extract().header("ETag");
        given().auth().oauth2(author).header("If-Match", etag).delete(url).then().statusCode(204);
        given().get(url).then().statusCode(404);
    }
}
