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
import static org.hamcrest.Matchers.nullValue;

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

    static final String COMPLETE = """
            {"title": {"fr": "Journée technique %1$s", "en": "Technical day %1$s"},
             "summary": {"fr": "Une journée", "en": "A day"},
             "description": {"en": "Inventory, open formats, APIs."},
             "kind": "TECHNICAL_DAY", "format": "HYBRID",
             "startsAt": "2031-03-18T08:30:00Z", "endsAt": "2031-03-18T16:00:00Z",
             "address": "Maison de la Région, Metz", "joinUrl": "https://visio.example.org/%1$s",
             "audience": {"en": "Technical teams of local authorities"},
             "languages": ["fr", "en"], "dimensions": ["PORTAL", "QUALITY"], "tags": ["api", "%1$s"],
             "speakers": [{"name": "Camille Martin", "affiliation": "Région Grand Est", "bio": {"fr": "Cheffe de projet"}}],
             "kit": [{"title": {"en": "Slides"}, "url": "https://kit.example.org/slides.pdf", "kind": "DOCUMENT", "access": "PUBLIC"},
                     {"title": {"en": "Exercises"}, "url": "https://kit.example.org/exercises.zip", "kind": "DOCUMENT", "access": "PARTICIPANTS"}],
             "questions": [{"code": "organisation-type", "type": "SINGLE_CHOICE", "label": {"en": "Your organisation"}, "required": true,
                            "options": [{"code": "region", "label": {"en": "Region"}}, {"code": "city", "label": {"en": "City"}}]}]}""";

    @Test
    void aCompleteEventShowsItsJoinUrlAndParticipantsKitOnlyToInsiders() {
        String tag = "t" + organisation.substring(4);
        String url = create(allowedToken(), COMPLETE.formatted(tag)).statusCode(201)
                .body("kind", is("TECHNICAL_DAY")).body("format", is("HYBRID"))
                .body("joinUrl", is("https://visio.example.org/" + tag)).body("kit.size()", is(2))
                .body("dimensions", hasItems("PORTAL", "QUALITY")).body("speakers[0].name", is("Camille Martin"))
                .body("questions[0].options.code", is(List.of("region", "city"))).extract().header("Location");
        publish(allowedToken(), url);
        given().get(url).then().statusCode(200).body("joinUrl", nullValue()).body("kit.size()", is(1))
                .body("kit[0].access", is("PUBLIC")).body("address", is("Maison de la Région, Metz"));
        given().get("/api/events?tag=" + tag).then().body("total", is(1)).body("items[0].joinUrl", nullValue());
    }

    @Test
    void listsFilterByPeriodDimensionFormatKindAndLanguage() {
        String tag = "t" + organisation.substring(4);
        String complete = create(allowedToken(), COMPLETE.formatted(tag)).statusCode(201).extract().header("Location");
        String legacy = createRecord();
        publish(allowedToken(), complete);
        publish(allowedToken(), legacy);
        String id = complete.substring(complete.lastIndexOf('/') + 1);
        String byOrg = "/api/events?organization=" + organisation;
        given().get(byOrg).then().body("total", is(2));
        given().get(byOrg + "&dimension=QUALITY").then().body("total", is(1)).body("items[0].id", is(id));
        given().get(byOrg + "&dimension=POLICY").then().body("total", is(0));
        given().get(byOrg + "&format=HYBRID").then().body("total", is(1)).body("items[0].id", is(id));
        given().get(byOrg + "&format=IN_PERSON").then().body("total", is(1)).body("items[0].format", is("IN_PERSON"));
        given().get(byOrg + "&kind=TECHNICAL_DAY").then().body("total", is(1));
        given().get(byOrg + "&format=WORKSHOP").then().body("total", is(1)).body("items[0].kind", is("WORKSHOP"));
        given().get(byOrg + "&language=en").then().body("total", is(1));
        given().get(byOrg + "&from=2031-03-18&to=2031-03-18").then().body("total", is(1)).body("items[0].id", is(id));
        given().get(byOrg + "&from=2031-03-19").then().body("total", is(0));
        given().get(byOrg + "&to=2030-12-31").then().body("total", is(1));
        given().get(byOrg + "&language=xx").then().statusCode(400).body("violations.field", hasItem("language"));
        given().get(byOrg + "&dimension=SPEED").then().statusCode(400).body("type", is("/problems/malformed-request"));
    }

    @Test
    void theFormerContractIsStillUnderstood() {
        create(allowedToken(), body("Ancien", 1)).statusCode(201).body("kind", is("WORKSHOP"))
                .body("format", is("IN_PERSON")).body("address", is("Metz"));
        create(allowedToken(), body("Webinaire", 1).replace("WORKSHOP", "WEBINAR")).statusCode(201)
                .body("kind", is("WEBINAR")).body("format", is("ONLINE"));
    }

    @Test
    void badKitQuestionsAndUrlsAreListed() {
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body("""
                        {"title": {"en": "Bad"}, "kind": "WORKSHOP", "format": "ONLINE",
                         "startsAt": "2030-03-15T09:00:00Z", "endsAt": "2030-03-15T10:00:00Z", "joinUrl": "ftp://x",
                         "kit": [{"title": {"en": "x"}, "url": "nope", "kind": "LINK"}],
                         "questions": [{"code": "qq", "type": "SINGLE_CHOICE", "label": {"en": "Q"}},
                                       {"code": "qq", "type": "NUMBER", "label": {"en": "Q"}, "options": [{"code": "aa", "label": {"en": "A"}}]}]}""")
                .post("/api/events").then().statusCode(400)
                .body("violations.field", is(List.of("joinUrl", "kit[0].access", "kit[0].url", "questionCodesUnique",
                        "questions[0].optionsFitType", "questions[1].optionsFitType")));
    }

    @Test
    void aBadDateIsAMalformedRequest() {
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body("{\"title\": {\"en\": \"x\"}, \"format\": \"WORKSHOP\", \"startsAt\": \"tomorrow\"}")
                .post("/api/events").then().statusCode(400).body("type", is("/problems/malformed-request"))
                .body("detail", containsString("startsAt"));
    }
}
