package eu.od4growth.testing;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed access tokens shaped like Keycloak's (roles in {@code realm_access.roles}, organisation claim, audience
 * {@code od4g-api}), signed with the key of {@code OidcWiremockTestResource}, so security tests check real JWTs.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "od4g-api";
    /** Longer than any test run, so a token minted once per class never expires in the middle of the suite. */
    public static final java.time.Duration LIFETIME = java.time.Duration.ofHours(12);

    private Tokens() {
    }

    /** A valid token of {@code user} in {@code organisation} (may be null) with the given realm roles. */
    public static String of(String user, String organisation, String... roles) {
        return claims(user, organisation, roles).jws().keyId("1").sign();
    }

    /** A token that expired an hour ago. */
    public static String expired(String user, String organisation, String... roles) {
        Instant past = Instant.now().minusSeconds(3600);
        return claims(user, organisation, roles).issuedAt(past.minusSeconds(300)).expiresAt(past).jws().keyId("1")
                .sign();
    }

    /** A well-formed token signed with a key the identity provider never published. */
    public static String forged(String user, String organisation, String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims(user, organisation, roles).jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A correctly signed token meant for another API. */
    public static String otherAudience(String user, String organisation, String... roles) {
        return claims(user, organisation, roles).audience("another-api").jws().keyId("1").sign();
    }

    private static JwtClaimsBuilder claims(String user, String organisation, String... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(user)
                .preferredUserName(user)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(LIFETIME.toSeconds());
        if (organisation != null) {
            claims.claim("organisation", organisation);
        }
        return claims;
    }
}
