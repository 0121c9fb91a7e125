package eu.od4growth.gateway;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * A service that is down is answered with a 503 problem, one that stays silent with a 504 problem, each naming the
 * service (not its address), for its own routes only; the other services keep answering.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(OidcWiremockTestResource.class)
class UnavailableServiceTest {

    @Test
    void aServiceThatIsDownIsA503ProblemAtOnce() {
        long start = System.nanoTime();
        given().header("X-Request-Id", "down-1")
                .when().get("/api/offline/reports?year=2026")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/service-unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("offline service"))
                .body("detail", not(containsString("127.0.0.1")))
                .body("instance", equalTo("/api/offline/reports"))
                .body("requestId", equalTo("down-1"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aServiceThatNeverAnswersIsA504ProblemAfterTheResponseTimeout() {
        long start = System.nanoTime();
        given().when().post("/api/silent")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/gateway-timeout"))
                .body("detail", containsString("silent service"));
        // %test.od4g.gateway.client.response-timeout=3s
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(2900),
                Duration.ofSeconds(15));
    }

    @Test
    void theOtherServicesKeepAnswering() {
        given().when().get("/api/offline").then().statusCode(503);
        for (String path : new String[] { "/api/models", "/api/datasets", "/api/events" }) {
            given().when().get(path).then().statusCode(200);
        }
    }
}
