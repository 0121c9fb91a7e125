package eu.od4growth.gateway;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The edge rules every response follows: CORS for the listed partner origin only (https://portal.example.org in
 * %test), the body limit of each route (100 bytes on /api/small), security headers, and hop-by-hop headers dropped.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(OidcWiremockTestResource.class)
class EdgeTest {

    private static final String PARTNER = "https://portal.example.org";

    @Test
    void aPreflightFromAListedOriginIsAnsweredAtTheEdge() {
        String requestId = "preflight-" + System.nanoTime();
        given().header("Origin", PARTNER).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match").header("X-Request-Id", requestId)
                .when().options("/api/models/1")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", PARTNER)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Max-Age", "600");
        given().when().get(CircuitBreakerTest.stub("/_stub/seen/" + requestId)).then().statusCode(404);
    }

    @Test
    void aPreflightFromAnotherOriginIsA403ProblemWithoutCorsHeaders() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/models/1")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"))
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void anOrdinaryRequestGetsCorsHeadersOnlyForAListedOrigin() {
        given().header("Origin", PARTNER).when().get("/api/events")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", PARTNER)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
        given().header("Origin", "https://evil.example").when().get("/api/events")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
        // A refused token still carries the CORS headers, so the portal's script can read the 401.
        given().header("Origin", PARTNER).auth().oauth2("not-a-jwt").when().get("/api/events")
                .then().statusCode(401)
                .header("Access-Control-Allow-Origin", PARTNER);
    }

    @Test
    void aBodyOverTheRoutesLimitIsA413ProblemAndNeverReachesTheService() {
        String requestId = "too-large-" + System.nanoTime();
        given().header("X-Request-Id", requestId).body("x".repeat(101))
                .when().post("/api/small/things")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"))
                .body("detail", containsString("100 bytes"));
        given().when().get(CircuitBreakerTest.stub("/_stub/seen/" + requestId)).then().statusCode(404);
        given().body("x".repeat(100)).when().post("/api/small/things").then().statusCode(200);
        // The default limit (1 MB) elsewhere.
        given().body("x".repeat(2000)).when().post("/api/events").then().statusCode(200);
    }

    @Test
    void aChunkedBodyOverTheRoutesLimitIsA413Problem() {
        given().body(new ByteArrayInputStream("y".repeat(5000).getBytes()))
                .when().post("/api/small/things")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
        given().body(new ByteArrayInputStream("y".repeat(50).getBytes()))
                .when().post("/api/small/things")
                .then().statusCode(200).body("body", equalTo("y".repeat(50)));
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoHstsOverPlainHttp() {
        for (String path : new String[] { "/api/events", "/nope", "/q/health/ready" }) {
            given().when().get(path).then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Strict-Transport-Security", nullValue());
        }
    }

    @Test
    void hopByHopHeadersAreDroppedBothWays() {
        Response response = given().header("Connection", "X-Hop").header("X-Hop", "secret")
                .header("Keep-Alive", "timeout=5")
                .when().get("/api/events");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("hopByHop")).isNull();
        assertThat(response.jsonPath().getString("keepAlive")).isNull();
        assertThat(response.header("X-Backend-Hop")).isNull();
    }
}
