package eu.od4growth.workshop.event;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.OwnedRecordBehaviourTest;
import eu.od4growth.testing.ServiceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@ServiceTest
class EventResourceTest extends OwnedRecordBehaviourTest {

    private static final String INVALID = "{\"title\": {\"xx\": \"\"}, \"format\": \"WORKSHOP\"}";

    @Override
    protected String collectionPath() {
        return "/api/events";
    }

    @Override
    protected String body(String text, int order) {
        return """
                {"title": {"fr": "%s", "en": "Workshop"}, "format": "WORKSHOP",
                 "startsAt": "2030-03-15T09:%02d:00Z", "endsAt": "2030-03-15T10:%02d:00Z", "location": "Metz"}"""
                .formatted(text, order, order);
    }

    @Override
    protected String textField() {
        return "title.fr";
    }

    @Override
    protected List<Write> writes() {
        return writes(Write.create(body("Atelier", 1), INVALID, "title", "startsAt", "endsAt"),
                Write.change("PUT", "", body("Atelier modifié", 1), INVALID, "title", "startsAt"),
                Write.action("POST", "/publish"),
                Write.action("POST", "/cancel"));
    }

    @Test
    void aPublishedEventCanBeCancelledAndStaysVisible() {
        String url = createRecord();
        String etag = publish(allowedToken(), url);
        given().auth().oauth2(allowedToken()).header("If-Match", etag).post(url + "/cancel").then().statusCode(200)
                .body("status", is("CANCELLED")).header("ETag", is("\"2\""));
        given().get(url).then().statusCode(200).body("status", is("CANCELLED"));
        // A cancelled event is neither published again nor changed.
        given().auth().oauth2(allowedToken()).header("If-Match", "\"2\"").post(url + "/publish").then()
                .statusCode(409).body("detail", containsString("cancelled"));
        given().auth().oauth2(allowedToken()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(body("Changed", 1)).put(url).then().statusCode(409);
    }

    @Test
    void aDraftCannotBeCancelled() {
        String url = createRecord();
        given().auth().oauth2(allowedToken()).header("If-Match", "\"0\"").post(url + "/cancel").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", is("Cannot cancel a draft event; only a published event can be"));
    }

    @Test
    void coordinatorsChangeTheirDraftsWithTheCurrentETag() {
        String url = createRecord();
        given().auth().oauth2(allowedToken()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body("Journée technique", 2)).put(url).then().statusCode(200).header("ETag", is("\"1\""))
                .body("title.fr", is("Journée technique")).body("status", is("DRAFT"));
        given().auth().oauth2(allowedToken()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body("Stale", 3)).put(url).then().statusCode(412);
        given().auth().oauth2(allowedToken()).get(url).then().body("title.fr", is("Journée technique"));
    }

    @Test
    void anEventMustEndAfterItStarts() {
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body("""
                        {"title": {"en": "Backwards"}, "format": "WORKSHOP",
                         "startsAt": "2030-03-15T10:00:00Z", "endsAt": "2030-03-15T09:00:00Z"}""")
                .post("/api/events").then().statusCode(400).body("violations.field", hasItem("periodValid"));
    }

    @Test
    void invalidFieldsAreListed() {
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body("{\"title\": {\"xx\": \"Bad language\", \"en\": \" \"}}").post("/api/events").then()
                .statusCode(400).body("type", is("/problems/validation"))
                .body("violations.field", hasItems("title", "format", "startsAt", "endsAt"))
                .body("violations.message", hasItem(containsString("'xx' must be one of the languages")))
                .body("violations.message", hasItem(containsString("en text must not be blank")));
    }

    @Test
    void aBadDateIsAMalformedRequest() {
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body("{\"title\": {\"en\": \"x\"}, \"format\": \"WORKSHOP\", \"startsAt\": \"tomorrow\"}")
                .post("/api/events").then().statusCode(400).body("type", is("/problems/malformed-request"))
                .body("detail", containsString("startsAt"));
    }
}
