package eu.od4growth.gateway;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.od4growth.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The access log (one JSON line per request, no token, no query values, no e-mail address), the readiness that lists
 * each service by name while staying UP, and the request and circuit metrics.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(OidcWiremockTestResource.class)
class ObservabilityTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            // Each event loop hands its lines over in batches: one record, one line per request.
            lines.addAll(List.of(record.getMessage().split("\n")));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("od4g.access").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("od4g.access").removeHandler(capture);
    }

    @Test
    void eachRequestIsOneAccessLogLineWithoutTokenQueryValuesOrEmailAddress() throws InterruptedException {
        String token = Tokens.of("log-subject", "grand-est", "publisher");
        String requestId = "logged-" + System.nanoTime();
        given().auth().oauth2(token).header("X-Request-Id", requestId).urlEncodingEnabled(false)
                .when().get("/api/organizations/jane.doe@example.org/members?email=jane.doe@example.org&page=2")
                .then().statusCode(200);
        String line = null;
        for (int i = 0; i < 150 && line == null; i++) { // the batch is written within 250 ms
            line = lines.stream().filter(l -> l.contains(requestId)).findFirst().orElse(null);
            Thread.sleep(20);
        }
        assertThat(line).isNotNull();
        assertThat(line).startsWith("{\"time\":\"").endsWith("}")
                .containsPattern("\"time\":\"[0-9-]{10}T[0-9:.]+Z\"")
                .contains("\"method\":\"GET\"")
                .contains("\"path\":\"/api/organizations/{masked}/members\"")
                .contains("\"query\":\"email&page\"")
                .contains("\"status\":200")
                .contains("\"backend\":\"catalog\"")
                .contains("\"requestId\":\"" + requestId + "\"")
                .containsPattern("\"ms\":[0-9]+\\.[0-9]")
                .doesNotContain("example.org").doesNotContain(token).doesNotContain("Bearer");
        // The subject is the token's "sub" claim, an id, never the user name or address.
        assertThat(line).containsPattern("\"subject\":\"[^\"]+\"");
    }

    @Test
    void readinessListsEachServiceByNameAndStaysUpWithOneDown() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.assessment", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.catalog", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.offline", equalTo("DOWN"))
                .body("checks.find { it.name == 'services' }.data.replicated", equalTo("UP 2/3"))
                .body("checks.find { it.name == 'services' }.data.'assessment.circuit'", equalTo("CLOSED"));
    }

    @Test
    void metricsCountRequestsPerRouteAndStatusClassWithALatencyHistogram() {
        given().when().get("/api/datasets").then().statusCode(200);
        given().when().get("/api/offline").then().statusCode(503);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("od4g_gateway_requests_seconds_count\\{backend=\"catalog\",status=\"2xx\"\\} [1-9]")
                .containsPattern("od4g_gateway_requests_seconds_count\\{backend=\"offline\",status=\"5xx\"\\} [1-9]")
                .contains("od4g_gateway_requests_seconds_bucket{backend=\"catalog\",status=\"2xx\",le=")
                .contains("od4g_gateway_circuit_state{backend=\"catalog\"} 0.0");
    }
}
