package eu.od4growth.workshop.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.workshop.Fixtures;
import eu.od4growth.workshop.Participants;
import eu.od4growth.workshop.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** The organisers' CSV exports, parsed back with Commons CSV: registrations with status, check-in and answers; feedback. */
@QuarkusTest
@ServiceTest
class CsvExportTest {

    @Inject
    TestClock clock;

    private final String organisation = Fixtures.organisation();
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String register(String user, String session, String answers, String status) {
        return given().auth().oauth2(Participants.token(user + "-" + run, "some-org", "fr"))
                .contentType(ContentType.JSON).body("{\"session\": \"" + session + "\", \"answers\": " + answers + "}")
                .post("/api/registrations").then().statusCode(201).body("status", is(status)).extract().path("id");
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void registrationsWithStatusCheckInAndAnswersOptionallyWithAByteOrderMark() throws IOException {
        String event = Fixtures.publishedEvent(coordinator);
        String session = Fixtures.session(coordinator, event, 1);
        String ana = register("ana", session, "{\"organisation-type\": \"city\", \"staff\": 3}", "CONFIRMED");
        String bo = register("bo", session, "{\"organisation-type\": \"region\"}", "WAITING");
        given().auth().oauth2(coordinator).post("/api/registrations/" + ana + "/check-in").then().statusCode(200);

        String path = "/api/events/" + event + "/registrations.csv";
        var response = given().auth().oauth2(coordinator).get(path).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")).extract();
        assertThat(response.contentType()).isEqualToIgnoringWhitespace("text/csv;charset=utf-8");
        List<CSVRecord> rows = parse(response.asString());
        assertThat(rows).extracting(r -> r.get("registration")).containsExactly(ana, bo);
        CSVRecord first = rows.get(0);
        assertThat(first.get("status")).isEqualTo("CONFIRMED");
        assertThat(first.get("email")).isEqualTo(Participants.email("ana-" + run));
        assertThat(first.get("checked_in_at")).endsWith("+01:00");
        assertThat(first.get("session_starts_at")).isEqualTo("2031-02-09T10:00:00+01:00");
        assertThat(first.get("answer:organisation-type")).isEqualTo("city");
        assertThat(first.get("answer:staff")).isEqualTo("3");
        assertThat(rows.get(1).get("status")).isEqualTo("WAITING");
        assertThat(rows.get(1).get("checked_in_at")).isEmpty();

        byte[] withBom = given().auth().oauth2(coordinator).get(path + "?bom=true").then().statusCode(200).extract()
                .asByteArray();
        assertThat(withBom).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(parse(new String(withBom, StandardCharsets.UTF_8).substring(1))).hasSize(2);

        given().auth().oauth2(Tokens.of("coordinator-x", "other-" + organisation, "coordinator")).get(path).then()
                .statusCode(403).contentType("application/problem+json");
        given().get(path).then().statusCode(401);
        given().auth().oauth2(coordinator).get("/api/events/" + UUID.randomUUID() + "/registrations.csv").then()
                .statusCode(404);
    }

    @Test
    void feedbackWithRatingsAndCommentsQuotedAsCsvWants() throws IOException {
        String event = Fixtures.publishedEvent(coordinator, "{\"en\": \"Exported\"}", "[\"IMPACT\"]");
        String session = Fixtures.sessionAt(coordinator, event, 5,
                Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES), Duration.ofHours(1));
        String cy = register("cy", session, "{}", "CONFIRMED");
        given().auth().oauth2(coordinator).post("/api/registrations/" + cy + "/check-in").then().statusCode(200);
        clock.advance(Duration.ofHours(3));
        given().auth().oauth2(Participants.token("cy-" + run, "some-org", "fr")).contentType(ContentType.JSON).body("""
                {"registration": "%s", "eventRating": 4, "organizationRating": 5,
                 "comment": "Bien, \\"très\\" bien;\\nmerci"}""".formatted(cy)).post("/api/feedback").then()
                .statusCode(201);

        String text = given().auth().oauth2(coordinator).get("/api/events/" + event + "/feedback.csv").then()
                .statusCode(200).extract().asString();
        List<CSVRecord> rows = parse(text);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("session")).isEqualTo(session);
        assertThat(rows.get(0).get("event_rating")).isEqualTo("4");
        assertThat(rows.get(0).get("organization_rating")).isEqualTo("5");
        assertThat(rows.get(0).get("comment")).isEqualTo("Bien, \"très\" bien;\nmerci");
        assertThat(rows.get(0).get("participant")).isEqualTo("Name of cy-" + run);
    }
}
