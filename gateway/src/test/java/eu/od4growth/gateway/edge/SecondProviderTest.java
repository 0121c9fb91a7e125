package eu.od4growth.gateway.edge;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.od4growth.common.security.SecurityConfig;
import eu.od4growth.common.security.TenantRoles;
import eu.od4growth.gateway.StubServices;
import eu.od4growth.testing.Tokens;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Tokens of a second identity provider (the test profile's tenant "partner": issuer https://partner.example.org,
 * roles in {@code groups} with other names, organisation in {@code org.id}) are accepted next to the suite's own, by
 * configuration: the provider is chosen by the token's issuer, its groups become the suite's roles, and the cache of
 * verified tokens keeps each token's provider; the same subject at two providers is two callers (cache, rate limit).
 * A token of an issuer nobody configured is refused.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(OidcWiremockTestResource.class)
class SecondProviderTest {

    private static final String PARTNER = "https://partner.example.org";

    @Inject
    VerifiedTokens verifiedTokens;

    @Inject
    SecurityConfig security;

    @Test
    void aPartnerTokenIsVerifiedByItsOwnProviderAndItsGroupsBecomeTheSuitesRoles() {
        String token = partner("partner-coordinator", PARTNER, "od4g-api", "/od4g/coordinator", "admin").jws()
                .keyId("1").sign();

        given().auth().oauth2(token).when().get("/api/events/1").then().statusCode(200)
                .body("service", equalTo("workshop"))
                .body("authorization", equalTo("Bearer " + token));

        SecurityIdentity identity = verifiedTokens.lookup("Bearer " + token);
        assertThat(identity).isNotNull();
        assertThat((String) identity.getAttribute(TenantRoles.TENANT_ATTRIBUTE)).isEqualTo("partner");
        assertThat(identity.getRoles()).containsExactly("coordinator");
        assertThat(security.organisationClaim("partner")).isEqualTo("org/id");
    }

    @Test
    void theSuitesOwnTokensStillGoToTheDefaultProvider() {
        String token = Tokens.of("coordinator-" + System.nanoTime(), "grand-est", "coordinator");

        given().auth().oauth2(token).when().get("/api/events").then().statusCode(200);

        SecurityIdentity identity = verifiedTokens.lookup("Bearer " + token);
        assertThat(identity.getRoles()).containsExactly("coordinator");
        assertThat((String) identity.getAttribute(TenantRoles.TENANT_ATTRIBUTE)).isEqualTo(TenantRoles.DEFAULT_TENANT);
        assertThat(security.organisationClaim("Default")).isEqualTo("organisation");
    }

    @Test
    void theSameSubjectAtTwoProvidersIsTwoCallers() {
        String subject = "same-" + System.nanoTime();
        String suite = Tokens.of(subject, "grand-est", "publisher");
        String partner = partner(subject, PARTNER, "od4g-api", "OD4G.Publisher").jws().keyId("1").sign();

        given().auth().oauth2(suite).when().get("/api/datasets").then().statusCode(200);
        given().auth().oauth2(partner).when().get("/api/datasets").then().statusCode(200);

        assertThat((String) verifiedTokens.lookup("Bearer " + partner).getAttribute(TenantRoles.TENANT_ATTRIBUTE))
                .isEqualTo("partner");
        assertThat(verifiedTokens.lookup("Bearer " + partner).getRoles()).containsExactly("publisher");
        assertThat((String) verifiedTokens.lookup("Bearer " + suite).getAttribute(TenantRoles.TENANT_ATTRIBUTE))
                .isNotEqualTo("partner");
    }

    @Test
    void theRateLimitCountsTheSameSubjectAtTwoProvidersApart() {
        String subject = "limited-" + System.nanoTime();
        String suite = Tokens.of(subject, "grand-est", "publisher");
        for (int i = 1; i <= 5; i++) {
            given().auth().oauth2(suite).when().get("/api/limited/x").then().statusCode(200);
        }
        given().auth().oauth2(suite).when().get("/api/limited/x").then().statusCode(429);

        String partner = partner(subject, PARTNER, "od4g-api", "OD4G.Publisher").jws().keyId("1").sign();
        given().auth().oauth2(partner).when().get("/api/limited/x").then().statusCode(200)
                .header("RateLimit-Remaining", "4");
    }

    @Test
    void tokensOfAnUnknownIssuerOrForTheWrongAudienceOrBadlySignedAreRefused() {
        List<String> refused = List.of(
                partner("someone", "https://unknown.example.org", "od4g-api", "/od4g/coordinator").jws().keyId("1")
                        .sign(),
                partner("someone", PARTNER, "another-api", "/od4g/coordinator").jws().keyId("1").sign(),
                partner("someone", PARTNER, "od4g-api", "/od4g/coordinator").jws().keyId("1")
                        .sign(otherKey()));
        for (String token : refused) {
            given().auth().oauth2(token).when().get("/api/events").then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/unauthenticated"));
            assertThat(verifiedTokens.lookup("Bearer " + token)).isNull();
        }
    }

    private static JwtClaimsBuilder partner(String subject, String issuer, String audience, String... groups) {
        return Jwt.issuer(issuer).subject(subject).audience(audience)
                .claim("groups", List.of(groups))
                .claim("org", Map.of("id", "grand-est"))
                .claim("usual_name", "Partenaire")
                .expiresIn(3600);
    }

    private static java.security.PrivateKey otherKey() {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
