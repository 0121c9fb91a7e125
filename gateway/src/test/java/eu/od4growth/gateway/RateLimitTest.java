package eu.od4growth.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Rate limits: anonymous callers counted per client address, signed-in ones per token subject, each with its own
 * limit (route /api/limited: 3 and 5 per hour in the tests); RateLimit headers on every routed response; past the
 * limit a 429 problem with Retry-After. X-Forwarded-For counts only from a trusted proxy (127.0.0.2 in %test).
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(OidcWiremockTestResource.class)
class RateLimitTest {

    @Test
    void aSignedInCallerGetsItsOwnLimitAndA429ProblemBeyondIt() {
        String token = Tokens.of("rate-limited-user", "grand-est", "publisher");
        for (int i = 1; i <= 5; i++) {
            given().auth().oauth2(token).when().get("/api/limited/x").then().statusCode(200)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", String.valueOf(5 - i));
        }
        Response refused = given().auth().oauth2(token).when().get("/api/limited/x");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("/problems/too-many-requests");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.header("RateLimit-Reset")).isEqualTo(refused.header("Retry-After"));
        // Another subject has its own count.
        given().auth().oauth2(Tokens.of("someone-else", "veneto", "publisher")).when().get("/api/limited/x")
                .then().statusCode(200).header("RateLimit-Remaining", "4");
    }

    @Test
    void anonymousCallersAreCountedPerAddressAndAForwardedAddressOnlyFromATrustedProxy() throws IOException {
        // From the trusted proxy 127.0.0.2, each forwarded client has its own anonymous count of 3.
        for (int i = 1; i <= 3; i++) {
            assertThat(viaProxy("198.51.100.7")).contains(" 200 ").containsIgnoringCase("RateLimit-Limit: 3")
                    .containsIgnoringCase("RateLimit-Remaining: " + (3 - i))
                    .contains("\"forwardedFor\":\"198.51.100.7\"");
        }
        assertThat(viaProxy("198.51.100.7")).contains(" 429 ").containsIgnoringCase("Retry-After:");
        assertThat(viaProxy("198.51.100.8")).contains(" 200 ");
        // From 127.0.0.1, which is not trusted, the header is ignored: the count is 127.0.0.1's own.
        given().header("X-Forwarded-For", "198.51.100.7").when().get("/api/limited/x").then().statusCode(200)
                .header("RateLimit-Remaining", "2")
                .body("forwardedFor", equalTo("127.0.0.1"));
    }

    @Test
    void everyRoutedResponseCarriesTheRateLimitHeadersButNotTheGatewaysOwnEndpoints() {
        given().when().get("/api/events").then().statusCode(200)
                .header("RateLimit-Limit", "1000000")
                .header("RateLimit-Reset", org.hamcrest.Matchers.notNullValue());
        given().when().get("/api/nothing-here").then().statusCode(404)
                .header("RateLimit-Limit", "1000000");
        given().when().get("/q/health/ready").then().header("RateLimit-Limit", org.hamcrest.Matchers.nullValue());
    }

    /** A raw HTTP/1.1 request sent from 127.0.0.2, as a trusted proxy would. */
    private static String viaProxy(String client) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), RestAssured.port,
                InetAddress.getByName("127.0.0.2"), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/limited/x HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + client
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
