package eu.od4growth.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/** Events and sessions made through the API, for the tests of what builds on them. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A published online event of {@code coordinator}'s organisation with one required and one optional question. */
    public static String publishedEvent(String coordinator) {
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("""
                        {"title": {"en": "Data strategy workshop", "fr": "Atelier stratégie de données", "it": "Laboratorio strategia dei dati"},
                         "kind": "WORKSHOP", "format": "HYBRID", "address": "Maison de la Région, Metz",
                         "joinUrl": "https://visio.example.org/strategy",
                         "startsAt": "2031-02-09T09:00:00Z", "endsAt": "2031-02-09T10:00:00Z",
                         "questions": [
                           {"code": "organisation-type", "type": "SINGLE_CHOICE", "label": {"en": "Organisation"}, "required": true,
                            "options": [{"code": "region", "label": {"en": "Region"}}, {"code": "city", "label": {"en": "City"}}]},
                           {"code": "staff", "type": "NUMBER", "label": {"en": "Open data staff"}}]}""")
                .post("/api/events").then().statusCode(201).extract().header("Location");
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").post(url + "/publish").then().statusCode(200);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** A session of {@code event} with {@code capacity} places, open for registration now. */
    public static String session(String coordinator, String event, int capacity) {
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(sessionBody(event, capacity))
                .post("/api/sessions").then().statusCode(201).extract().header("Location");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    public static String sessionBody(String event, int capacity) {
        return """
                {"event": "%s", "title": {"en": "Morning"}, "startsAt": "2031-02-09T10:00:00+01:00",
                 "endsAt": "2031-02-09T11:00:00+01:00", "timeZone": "Europe/Paris", "capacity": %d,
                 "cancellationCutoff": "2031-02-08T10:00:00+01:00"}""".formatted(event, capacity);
    }

    /** A published event of {@code coordinator}'s organisation with the given title and dimensions (JSON). */
    public static String publishedEvent(String coordinator, String titleJson, String dimensionsJson) {
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("""
                        {"title": %s, "kind": "WORKSHOP", "format": "ONLINE", "joinUrl": "https://visio.example.org/secret-room",
                         "startsAt": "2031-02-09T09:00:00Z", "endsAt": "2031-02-09T10:00:00Z", "dimensions": %s}"""
                        .formatted(titleJson, dimensionsJson))
                .post("/api/events").then().statusCode(201).extract().header("Location");
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").post(url + "/publish").then().statusCode(200);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /**
     * A session of {@code event} from {@code start} for {@code length}, in Paris time, registration open from a day before now.
     */
    public static String sessionAt(String coordinator, String event, int capacity, Instant start, Duration length) {
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(sessionAtBody(event, capacity,
                start, length)).post("/api/sessions").then().statusCode(201).extract().header("Location");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    public static String sessionAtBody(String event, int capacity, Instant start, Duration length) {
        return """
                {"event": "%s", "startsAt": "%s", "endsAt": "%s", "timeZone": "Europe/Paris", "capacity": %d,
                 "registrationOpensAt": "%s"}""".formatted(event, start, start.plus(length), capacity,
                start.minus(Duration.ofDays(400)));
    }

    /** A draft online event of {@code coordinator}'s organisation, tagged POLICY. */
    public static String draftEvent(String coordinator) {
        return given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("""
                {"title": {"en": "Draft"}, "kind": "WEBINAR", "format": "ONLINE", "dimensions": ["POLICY"],
                 "startsAt": "2031-02-09T09:00:00Z", "endsAt": "2031-02-09T10:00:00Z"}""").post("/api/events").then()
                .statusCode(201).extract().path("id");
    }

    public static String organisation() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
