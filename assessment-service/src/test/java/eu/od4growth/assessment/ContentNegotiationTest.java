package eu.od4growth.assessment;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.od4growth.assessment.campaign.web.Campaigning;
import eu.od4growth.assessment.questionnaire.Documents;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * Every JSON operation answers JSON or a 406 problem: a list asked for in another media type (or an unreadable
 * Accept header) was a 500, or worse the page's Java toString() served as text/html (found by the hostile-input sweep,
 * docs/pressure/hostile.md, bugs 1 and 2).
 */
@QuarkusTest
@ServiceTest
class ContentNegotiationTest {

    private static final String PROBLEM = "application/problem+json";

    private final String organisation = Documents.code("negotiated");
    private final String admin = Tokens.of("admin-" + organisation, organisation, "admin");

    private List<String> lists() {
        return List.of("/api/models", "/api/assessments", "/api/campaigns", "/api/action-plans/objectives",
                "/api/action-plans/actions", "/api/benchmarks?model=" + Campaigning.model(),
                "/api/assessment/persons/admin-" + organisation);
    }

    @Test
    void aJsonOperationAskedForAnotherMediaTypeIsA406Problem() {
        for (String path : lists()) {
            for (String accept : List.of("text/html", "text/csv", "image/png")) {
                given().auth().oauth2(admin).accept(accept).get(path).then().statusCode(406).contentType(PROBLEM)
                        .body(not(containsString("PageResponse[")));
            }
            given().auth().oauth2(admin).accept("application/json").get(path).then().statusCode(200)
                    .contentType("application/json");
            given().auth().oauth2(admin).accept("*/*").get(path).then().statusCode(200)
                    .contentType("application/json");
        }
    }

    @Test
    void anUnreadableAcceptHeaderIsAProblemNeverA500() {
        for (String path : lists()) {
            int status = given().auth().oauth2(admin).header("Accept", "garbage").get(path).then()
                    .contentType(PROBLEM).extract().statusCode();
            org.assertj.core.api.Assertions.assertThat(status).as(path).isIn(400, 406);
        }
        given().auth().oauth2(admin).header("Accept", "").get("/api/models").then().statusCode(is(200));
    }
}
