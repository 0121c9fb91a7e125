package eu.od4growth.workshop.event;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceBehaviourTest;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@ServiceTest
class EventResourceTest extends ServiceBehaviourTest {

    private static final String COORDINATOR_GE = Tokens.of("coordinator-ge", "grand-est", "coordinator");
    private static final String COORDINATOR_VE = Tokens.of("coordinator-ve", "veneto", "coordinator");
    private static final String PARTICIPANT_GE = Tokens.of("participant-ge", "grand-est", "participant");

    @Override
    protected String protectedPath() {
        return "/api/events";
    }

    @Override
    protected String allowedToken() {
        return COORDINATOR_GE;
    }

    private static String body(String title, String status) {
        return """
                {"title": {"fr": "%s", "en": "%s"}, "format": "WORKSHOP",
                 "startsAt": "2030-03-15T09:00:00Z", "endsAt": "2030-03-15T10:00:00Z",
                 "location": "Metz", "status": %s}""".formatted(title, title,
                status == null ? "null" : "\"" + status + "\"");
    }

    private static Response create(String token, String title, String status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body(title, status))
                .post("/api/events");
    }

    @Test
    void coordinatorsDraftEventsOfTheirOrganisation() {
        Response created = create(COORDINATOR_GE, "Atelier qualité des données", null);
        created.then().statusCode(201).header("Location", containsString("/api/events/"))
                .body("status", is("DRAFT")).body("organiserOrganisation", is("grand-est"));
        String id = created.path("id");

        given().get("/api/events/" + id).then().statusCode(404);
        given().auth().oauth2(COORDINATOR_VE).get("/api/events/" + id).then().statusCode(404);
        given().auth().oauth2(COORDINATOR_GE).get("/api/events/" + id).then().statusCode(200)
                .body("title.fr", is("Atelier qualité des données"));
        given().get("/api/events?size=100").then().body("items.id", not(hasItem(id)))
                .body("items.status", everyItem(not(is("DRAFT"))));
    }

    @Test
    void publishedEventsArePublic() {
        String id = create(COORDINATOR_GE, "Journée technique", null).then().statusCode(201).extract().path("id");
        given().auth().oauth2(COORDINATOR_GE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body("Journée technique", "PUBLISHED")).put("/api/events/" + id).then().statusCode(200)
                .header("ETag", is("\"1\""));

        given().get("/api/events/" + id).then().statusCode(200).body("status", is("PUBLISHED"));
        given().get("/api/events?size=100").then().body("items.id", hasItem(id));
    }

    @Test
    void anotherOrganisationCannotChangeAnEvent() {
        String id = create(COORDINATOR_GE, "Webinaire", "PUBLISHED").then().statusCode(201).extract().path("id");
        given().auth().oauth2(COORDINATOR_VE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body("Hijacked", "CANCELLED")).put("/api/events/" + id).then().statusCode(403);
        given().get("/api/events/" + id).then().body("status", is("PUBLISHED")).body("title.en", is("Webinaire"));
    }

    @Test
    void participantsCannotPlanEvents() {
        create(PARTICIPANT_GE, "Mine", null).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aPublishedEventNeverReturnsToDraft() {
        String id = create(COORDINATOR_GE, "Atelier", "PUBLISHED").then().statusCode(201).extract().path("id");
        given().auth().oauth2(COORDINATOR_GE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body("Atelier", "DRAFT")).put("/api/events/" + id).then().statusCode(409);
    }

    @Test
    void staleChangesAreRefused() {
        String id = create(COORDINATOR_GE, "Atelier", null).then().statusCode(201).extract().path("id");
        given().auth().oauth2(COORDINATOR_GE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body("First", null)).put("/api/events/" + id).then().statusCode(200);
        given().auth().oauth2(COORDINATOR_GE).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body("Second", null)).put("/api/events/" + id).then().statusCode(412);
        given().auth().oauth2(COORDINATOR_GE).get("/api/events/" + id).then().body("title.en", is("First"));
    }

    @Test
    void anEventMustEndAfterItStarts() {
        given().auth().oauth2(COORDINATOR_GE).contentType(ContentType.JSON)
                .body("""
                        {"title": {"en": "Backwards"}, "format": "WORKSHOP",
                         "startsAt": "2030-03-15T10:00:00Z", "endsAt": "2030-03-15T09:00:00Z"}""")
                .post("/api/events").then().statusCode(400).body("violations.field", hasItem("periodValid"));
    }

    @Test
    void invalidFieldsAreListed() {
        given().auth().oauth2(COORDINATOR_GE).contentType(ContentType.JSON).body("{\"title\": {}}")
                .post("/api/events").then().statusCode(400).body("type", is("/problems/validation"))
                .body("violations.field", hasItems("title", "format", "startsAt", "endsAt"));
    }

    @Test
    void aBadDateIsAMalformedRequest() {
        given().auth().oauth2(COORDINATOR_GE).contentType(ContentType.JSON)
                .body("{\"title\": {\"en\": \"x\"}, \"format\": \"WORKSHOP\", \"startsAt\": \"tomorrow\"}")
                .post("/api/events").then().statusCode(400).body("type", is("/problems/malformed-request"))
                .body("detail", containsString("startsAt"));
    }
}
