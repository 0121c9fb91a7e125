package eu.od4growth.gateway;

import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.od4growth.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A token, when present, is checked at the gateway: a valid one is passed on, a bad one is refused with a 401 problem
 * before any service is called. Without a token the request passes and the service decides.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(OidcWiremockTestResource.class)
class TokenCheckTest {

    @Test
    void aValidTokenIsPassedOn() {
        String token = Tokens.of("publisher-ge", "grand-est", "publisher");
        given().auth().oauth2(token)
                .when().get("/api/campaigns/3")
                .then().statusCode(200)
                .body("service", equalTo("assessment"))
                .body("authorization", equalTo("Bearer " + token));
    }

    @Test
    void withoutATokenTheRequestPassesAndTheServiceDecides() {
        given().when().get("/api/datasets")
                .then().statusCode(200)
                .body("service", equalTo("catalog"))
                .body("authorization", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "forged", "expired", "another-audience", "not-a-jwt" })
    void aBadTokenIsRefusedWithAProblemAndNeverReachesTheService(String kind) {
        String token = switch (kind) {
            case "forged" -> Tokens.forged("publisher-ge", "grand-est", "publisher");
            case "expired" -> Tokens.expired("publisher-ge", "grand-est", "publisher");
            case "another-audience" -> Tokens.otherAudience("publisher-ge", "grand-est", "publisher");
            default -> "not-a-jwt";
        };
        String requestId = "bad-token-" + UUID.randomUUID();
        given().auth().oauth2(token).header("X-Request-Id", requestId)
                .when().post("/api/models")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .header("X-Request-Id", equalTo(requestId))
                .body("type", equalTo("/problems/unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/models"))
                .body("requestId", equalTo(requestId));
        given().when().get(stub("/_stub/seen/" + requestId)).then().statusCode(404);
    }

    @Test
    void theStubRemembersWhatItReceived() {
        // Guards the check above: a request that does reach a service is seen.
        String requestId = "good-token-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.of("publisher-ge", "grand-est", "publisher")).header("X-Request-Id", requestId)
                .when().get("/api/models").then().statusCode(200);
        given().when().get(stub("/_stub/seen/" + requestId)).then().statusCode(200);
    }

    private static String stub(String path) {
        return ConfigProvider.getConfig().getValue("od4g.gateway.routes.assessment.url", String.class) + path;
    }
}
