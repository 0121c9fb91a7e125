package eu.od4growth.gateway;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token the gateway verified is not verified again on the next requests, and a bad token is never remembered:
 * observed through {@code od4g_gateway_token_checks_total}. Expiry and bounds: {@code VerifiedTokensTest}.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(OidcWiremockTestResource.class)
class TokenCacheTest {

    @Test
    void theSameTokenIsVerifiedOnceAndThenServedFromTheCache() {
        String token = Tokens.of("cache-" + System.nanoTime(), "grand-est", "publisher");
        double verified = checks("verified");
        double cached = checks("cached");

        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/datasets").then().statusCode(200);
        }

        assertThat(checks("verified")).isEqualTo(verified + 1);
        assertThat(checks("cached")).isEqualTo(cached + 2);
    }

    @Test
    void aBadTokenIsCheckedAndRefusedEveryTime() {
        String forged = Tokens.forged("forger", "grand-est", "publisher");
        double verified = checks("verified");
        double cached = checks("cached");

        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(forged).when().get("/api/datasets").then().statusCode(401);
        }

        assertThat(checks("verified")).isEqualTo(verified);
        assertThat(checks("cached")).isEqualTo(cached);
    }

    private static double checks(String result) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("od4g_gateway_token_checks_total\\{result=\"" + result + "\"\\} ([0-9.E]+)")
                .matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
