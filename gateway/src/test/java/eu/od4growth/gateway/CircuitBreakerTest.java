package eu.od4growth.gateway;

import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * After three consecutive failures (%test threshold) a service's circuit opens: its routes answer a 503 problem at
 * once, the other services are unaffected; after the open delay (1 s in %test) a probe passes, and a service that
 * recovered closes the circuit again. The state is a metric.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(OidcWiremockTestResource.class)
class CircuitBreakerTest {

    @AfterEach
    void flakyIsUpAgain() {
        given().post(stub("/_stub/flaky/up"));
    }

    @Test
    void anOpenCircuitAnswersAtOnceForItsRoutesOnlyAndClosesAfterRecovery() throws InterruptedException {
        given().when().get("/api/flaky/a").then().statusCode(200);
        given().when().post(stub("/_stub/flaky/down")).then().statusCode(204);
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/flaky/a").then().statusCode(503)
                    .body("type", equalTo("/problems/service-unavailable"));
        }
        assertThat(metric("od4g_gateway_circuit_state{backend=\"flaky\"}")).isEqualTo("1.0");
        // "failed repeatedly" is the open circuit's own answer: the gateway did not call the service at all.
        given().when().get("/api/flaky/a").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/service-unavailable"))
                .body("detail", containsString("flaky service"))
                .body("detail", containsString("failed repeatedly"));
        given().when().get("/api/events").then().statusCode(200);

        given().when().post(stub("/_stub/flaky/up")).then().statusCode(204);
        Thread.sleep(1200);
        given().when().get("/api/flaky/a").then().statusCode(200).body("service", equalTo("flaky"));
        given().when().get("/api/flaky/b").then().statusCode(200);
        assertThat(metric("od4g_gateway_circuit_state{backend=\"flaky\"}")).isEqualTo("0.0");
    }

    @Test
    void aFailedProbeOpensTheCircuitAgain() throws InterruptedException {
        given().when().post(stub("/_stub/flaky/down")).then().statusCode(204);
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/flaky/a").then().statusCode(503);
        }
        Thread.sleep(1200);
        given().when().get("/api/flaky/a").then().statusCode(503)
                .body("detail", org.hamcrest.Matchers.not(containsString("failed repeatedly")));
        given().when().get("/api/flaky/a").then().statusCode(503)
                .body("detail", containsString("failed repeatedly"));
        given().when().post(stub("/_stub/flaky/up")).then().statusCode(204);
        Thread.sleep(1200);
        given().when().get("/api/flaky/a").then().statusCode(200);
    }

    @Test
    void callersThatGiveUpBeforeTheAnswerDoNotOpenTheServicesCircuit() throws Exception {
        // More callers than the failure threshold (3 in tests) close their connection before the slow answer: the
        // gateway resets those calls itself; the service did nothing wrong and stays reachable for everyone else.
        for (int i = 0; i < 5; i++) {
            try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                socket.getOutputStream().write(("GET /api/patient/slow HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Thread.sleep(300);
            }
        }
        Thread.sleep(300);
        assertThat(metric("od4g_gateway_circuit_state{backend=\"patient\"}")).isEqualTo("0.0");
        given().when().get("/api/patient/now").then().statusCode(200).body("service", equalTo("patient"));
    }

    static String metric(String name) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(name + " ")).map(line -> line.substring(name.length() + 1))
                .findFirst().orElse("absent");
    }

    static String stub(String path) {
        return ConfigProvider.getConfig().getValue("od4g.gateway.routes.assessment.url", String.class) + path;
    }
}
