package eu.od4growth.workshop.session;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.workshop.Fixtures;
import eu.od4growth.workshop.Participants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** The upcoming sessions by maturity dimension that assessment-service recommends, in the caller's language. */
@QuarkusTest
@ServiceTest
class UpcomingSessionsTest {

    private final String organisation = Fixtures.organisation();
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private final Instant soon = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);

    @Test
    void publishedFutureSessionsOfTheGivenDimensionsSoonestFirstWithFreePlacesInTheCallersLanguage() {
        String policy = Fixtures.publishedEvent(coordinator, "{\"fr\": \"Stratégie\", \"en\": \"Strategy\"}",
                "[\"POLICY\", \"QUALITY\"]");
        String impact = Fixtures.publishedEvent(coordinator, "{\"it\": \"Impatto\"}", "[\"IMPACT\"]");
        String later = Fixtures.sessionAt(coordinator, policy, 12, soon.plus(Duration.ofDays(1)), Duration.ofHours(1));
        String sooner = Fixtures.sessionAt(coordinator, policy, 12, soon, Duration.ofHours(1));
        String cancelled = Fixtures.sessionAt(coordinator, policy, 12, soon, Duration.ofHours(2));
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").post("/api/sessions/" + cancelled + "/cancel")
                .then().statusCode(200);
        String past = Fixtures.sessionAt(coordinator, policy, 12, Instant.now().minus(Duration.ofDays(1)),
                Duration.ofHours(1));
        String otherDimension = Fixtures.sessionAt(coordinator, impact, 5, soon, Duration.ofHours(1));
        String draft = Fixtures.draftEvent(coordinator);
        String ofDraft = Fixtures.sessionAt(coordinator, draft, 5, soon, Duration.ofHours(1));
        given().auth().oauth2(Participants.token("upcoming-" + organisation, "x", "fr")).contentType(ContentType.JSON)
                .body("{\"session\": \"" + sooner + "\", \"answers\": {}}").post("/api/registrations").then().statusCode(201);

        JsonPath answer = given().get("/api/sessions/upcoming?dimension=policy&dimension=QUALITY&lang=fr&size=100")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = answer.getList("items.sessionId");
        assertThat(ids).contains(sooner, later).doesNotContain(cancelled, past, otherDimension, ofDraft);
        assertThat(ids.indexOf(sooner)).isLessThan(ids.indexOf(later));
        int at = ids.indexOf(sooner);
        assertThat(answer.getString("items[" + at + "].eventId")).isEqualTo(policy);
        assertThat(answer.getString("items[" + at + "].title")).isEqualTo("Stratégie");
        assertThat(answer.getString("items[" + at + "].language")).isEqualTo("fr");
        assertThat(answer.getList("items[" + at + "].dimensions")).containsExactly("policy", "quality");
        assertThat(answer.getInt("items[" + at + "].freePlaces")).isEqualTo(11);
        assertThat(answer.getString("items[" + at + "].timeZone")).isEqualTo("Europe/Paris");
        assertThat(answer.getString("items[" + at + "].startsAt")).endsWith("+01:00").isNotNull();

        // No Italian title: English; no English either: the language it has.
        given().get("/api/sessions/upcoming?dimension=policy&lang=it&size=100").then().statusCode(200)
                .body("items.find { it.sessionId == '" + sooner + "' }.title", is("Strategy"))
                .body("items.find { it.sessionId == '" + sooner + "' }.language", is("en"));
        given().get("/api/sessions/upcoming?dimension=impact&lang=fr&size=100").then().statusCode(200)
                .body("items.find { it.sessionId == '" + otherDimension + "' }.title", is("Impatto"))
                .body("items.sessionId", hasItem(otherDimension));
    }

    @Test
    void sizeLimitsTheListAndBadInputIsAProblemNamingTheParameter() {
        String event = Fixtures.publishedEvent(coordinator, "{\"en\": \"Any\"}", "[\"PORTAL\"]");
        Fixtures.sessionAt(coordinator, event, 3, soon, Duration.ofHours(1));
        given().get("/api/sessions/upcoming?size=1").then().statusCode(200).body("items.size()", is(1));
        // Another questionnaire model's dimension matches no session; a name that is no code at all is refused.
        given().get("/api/sessions/upcoming?dimension=skills").then().statusCode(200).body("items.size()", is(0));
        given().get("/api/sessions/upcoming?dimension=skills&dimension=portal&size=100").then().statusCode(200)
                .body("items.dimensions.flatten()", hasItem("portal"));
        given().get("/api/sessions/upcoming?dimension=no%20such%20thing").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("dimension"));
        given().get("/api/sessions/upcoming?size=0").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/sessions/upcoming?lang=de").then().statusCode(400).contentType("application/problem+json");
    }
}
