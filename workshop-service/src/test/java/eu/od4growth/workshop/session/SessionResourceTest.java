package eu.od4growth.workshop.session;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.testing.WriteRefusalBehaviourTest;
import eu.od4growth.workshop.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@ServiceTest
class SessionResourceTest extends WriteRefusalBehaviourTest {

    private final String organisation = Fixtures.organisation();
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private String event;

    private String event() {
        if (event == null) {
            event = Fixtures.publishedEvent(coordinator);
        }
        return event;
    }

    @Override
    protected String collectionPath() {
        return "/api/sessions";
    }

    @Override
    protected List<Write> writes() {
        String invalid = "{\"event\": \"" + event() + "\", \"timeZone\": \"Mars/Olympus\", \"capacity\": 0}";
        return writes(Write.create(Fixtures.sessionBody(event(), 10), invalid, "startsAt", "timeZoneValid", "capacity"),
                Write.change("PUT", "", Fixtures.sessionBody(event(), 12), invalid, "endsAt", "capacity"),
                Write.action("POST", "/close-registration"), Write.action("POST", "/cancel"));
    }

    @Override
    protected String createRecord() {
        return "/api/sessions/" + Fixtures.session(coordinator, event(), 10);
    }

    @Override
    protected String allowedToken() {
        return coordinator;
    }

    @Override
    protected String wrongRoleToken() {
        return Tokens.of("participant-" + organisation, organisation, "participant");
    }

    @Override
    protected String otherOrganisationToken() {
        return Tokens.of("coordinator-other", "other-" + organisation, "coordinator");
    }

    @Override
    protected String bodyWithText(String text) {
        return Fixtures.sessionBody(event(), 10).replace("\"Morning\"", "\"" + text + "\"");
    }

    @Override
    protected String textField() {
        return "title.en";
    }

    @Test
    void timesAreStoredAsInstantsAndShownInTheSessionsZone() {
        String url = createRecord();
        given().get(url).then().statusCode(200).body("startsAt", is("2031-02-09T10:00:00+01:00"))
                .body("timeZone", is("Europe/Paris")).body("capacity", is(10)).body("placesLeft", is(10))
                .body("registrationOpen", is(true)).body("registrationClosesAt", is("2031-02-09T10:00:00+01:00"))
                .body("cancellationCutoff", is("2031-02-08T10:00:00+01:00"));
        // The same instant sent with another offset is the same session time; shown in Tokyo's zone it reads 18:00.
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Fixtures.sessionBody(event(), 10).replace("2031-02-09T10:00:00+01:00", "2031-02-09T09:00:00Z")
                        .replace("Europe/Paris", "Asia/Tokyo"))
                .put(url).then().statusCode(200).body("startsAt", is("2031-02-09T18:00:00+09:00"));
        given().get("/api/sessions?event=" + event()).then().statusCode(200).body("items.id",
                hasItem(url.substring(url.lastIndexOf('/') + 1)));
    }

    @Test
    void registrationClosesReopensAndACancelledSessionNoLongerChanges() {
        String url = createRecord();
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").post(url + "/close-registration").then()
                .statusCode(200).body("status", is("CLOSED")).body("registrationOpen", is(false));
        given().auth().oauth2(coordinator).header("If-Match", "\"1\"").post(url + "/close-registration").then()
                .statusCode(409);
        given().auth().oauth2(coordinator).header("If-Match", "\"1\"").post(url + "/reopen-registration").then()
                .statusCode(200).body("status", is("SCHEDULED"));
        given().auth().oauth2(coordinator).header("If-Match", "\"2\"").post(url + "/cancel").then().statusCode(200)
                .body("status", is("CANCELLED"));
        given().auth().oauth2(coordinator).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body(Fixtures.sessionBody(event(), 10)).put(url).then().statusCode(409);
    }

    @Test
    void sessionsOfADraftStayWithItsOrganisation() {
        String draft = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("""
                {"title": {"en": "Draft"}, "kind": "WEBINAR", "format": "ONLINE",
                 "startsAt": "2031-02-09T09:00:00Z", "endsAt": "2031-02-09T10:00:00Z"}""").post("/api/events").then()
                .statusCode(201).extract().path("id");
        String session = Fixtures.session(coordinator, draft, 5);
        given().get("/api/sessions/" + session).then().statusCode(404);
        given().auth().oauth2(otherOrganisationToken()).contentType(ContentType.JSON)
                .body(Fixtures.sessionBody(draft, 5)).post("/api/sessions").then().statusCode(404);
        given().auth().oauth2(otherOrganisationToken()).contentType(ContentType.JSON)
                .body(Fixtures.sessionBody(event(), 5)).post("/api/sessions").then().statusCode(403);
        given().auth().oauth2(coordinator).get("/api/sessions/" + session).then().statusCode(200)
                .body("registrationOpen", is(false));
    }

    @Test
    void badWindowsAndZonesAreListed() {
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("""
                {"event": "%s", "startsAt": "2031-02-09T10:00:00+01:00", "endsAt": "2031-02-09T09:00:00+01:00",
                 "timeZone": "CET+1", "capacity": 5, "registrationOpensAt": "2031-02-01T00:00:00Z",
                 "registrationClosesAt": "2031-01-01T00:00:00Z", "cancellationCutoff": "2031-03-01T00:00:00Z"}"""
                .formatted(event())).post("/api/sessions").then().statusCode(400)
                .body("violations.field", hasItems("periodValid", "timeZoneValid", "registrationWindowValid",
                        "cutoffValid"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Fixtures.sessionBody(event(), 5).replace("2031-02-09T10:00:00+01:00", "2020-02-09T10:00:00+01:00")
                        .replace("2031-02-09T11:00:00+01:00", "2020-02-09T11:00:00+01:00")
                        .replace("2031-02-08T10:00:00+01:00", "2020-02-08T10:00:00+01:00"))
                .post("/api/sessions").then().statusCode(400).body("violations[0].field", is("registrationClosesAt"))
                .body("violations[0].message", containsString("after registration opens"));
    }
}
