package eu.od4growth.catalog.person;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * The catalog's part of the persons protocol: a person's records exported to themselves or an administrator only,
 * and erased all at once, idempotently, keeping every record with its organisation and every count.
 */
@QuarkusTest
@ServiceTest
class PersonalDataTest {

    private static final String ADMIN = Tokens.of("admin", "grand-est", "admin");

    private final String organisation = "gdpr-" + UUID.randomUUID().toString().substring(0, 8);
    private final String person = "person-" + UUID.randomUUID();
    private final String token = Tokens.of(person, organisation, "coordinator");
    private final String other = Tokens.of("asker-" + organisation, organisation, "participant");

    @Test
    void aPersonsRecordsAreExportedThenErasedKeepingCounts() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"slug\": \"%s\", \"name\": \"GDPR\", \"kind\": \"CITY\"}".formatted(organisation))
                .post("/api/organizations").then().statusCode(201);
        String dataset = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"title\": {\"en\": \"Cycle paths\"}, \"description\": {\"en\": \"Where to ride.\"}}")
                .post("/api/datasets").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).header("If-Match", "\"0\"").post("/api/datasets/" + dataset + "/publish").then()
                .statusCode(200);
        String request = given().auth().oauth2(other).contentType(ContentType.JSON).body("""
                {"title": "Bus positions", "description": "Every 30 seconds.", "organization": "%s"}"""
                .formatted(organisation)).post("/api/data-requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).post("/api/data-requests/" + request + "/votes").then().statusCode(200)
                .body("votes", is(1));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"title": "Cycling map", "url": "https://maps.example.org/cycling", "type": "APPLICATION",
                 "datasets": ["%s"], "authorName": "Jeanne Martin"}""".formatted(dataset)).post("/api/reuses").then()
                .statusCode(201);

        String path = "/api/catalog/persons/" + person;
        given().auth().oauth2(token).get(path).then().statusCode(200).body("service", is("catalog"))
                .body("subject", is(person)).body("records.datasets[0].id", is(dataset))
                .body("records.datasets[0].organization", is(organisation))
                .body("records.datasetChanges", hasSize(2)).body("records.dataRequestVotes[0].request", is(request))
                .body("records.reuses[0].authorName", is("Jeanne Martin")).body("records.dataRequests", empty());
        given().auth().oauth2(other).get(path).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(other).post(path + "/erase").then().statusCode(403);
        given().get(path).then().statusCode(401);
        given().auth().oauth2(token).accept("text/html").get(path).then().statusCode(406)
                .contentType("application/problem+json");
        given().auth().oauth2(ADMIN).get(path).then().statusCode(200).body("records.datasets", hasSize(1));
        given().auth().oauth2(ADMIN).get("/api/catalog/persons/erased").then().statusCode(400);

        given().auth().oauth2(token).post(path + "/erase").then().statusCode(200).body("erased.datasets", is(1))
                .body("erased.datasetChanges", is(2)).body("erased.dataRequestVotes", is(1))
                .body("erased.reuses", is(1)).body("erased.dataRequests", is(0));
        given().auth().oauth2(ADMIN).post(path + "/erase").then().statusCode(200).body("erased.datasets", is(0))
                .body("erased.dataRequestVotes", is(0)).body("erased.reuses", is(0));
        given().auth().oauth2(token).get(path).then().statusCode(200).body("records.datasets", empty())
                .body("records.datasetChanges", empty()).body("records.dataRequestVotes", empty())
                .body("records.reuses", empty());

        // The records stay with their organisation; the vote still counts; the reuse no longer names the person.
        given().get("/api/datasets/" + dataset).then().statusCode(200).body("organization", is(organisation));
        given().get("/api/data-requests/" + request).then().statusCode(200).body("votes", is(1));
        given().get("/api/datasets/" + dataset + "/reuses").then().statusCode(200)
                .body("items[0].authorName", is("erased"));
        given().auth().oauth2(token).post("/api/data-requests/" + request + "/votes").then().statusCode(200)
                .body("votes", is(2));
    }
}
