package eu.od4growth.workshop;

import java.util.List;
import java.util.Map;

import eu.od4growth.testing.Tokens;
import io.smallrye.jwt.build.Jwt;

/**
 * Signed tokens of participants as Keycloak issues them, with an e-mail address and a locale (which
 * {@link Tokens#of} does not carry), signed with the same key.
 */
public final class Participants {

    private Participants() {
    }

    /** A participant's token: subject {@code user}, e-mail {@code user@example.org}, the given locale (may be null). */
    public static String token(String user, String organisation, String locale) {
        var claims = Jwt.issuer(Tokens.ISSUER).subject(user).preferredUserName(user).audience(Tokens.AUDIENCE)
                .claim("name", "Name of " + user).claim("email", email(user))
                .claim("realm_access", Map.of("roles", List.of("participant")))
                .claim("organisation", organisation).expiresIn(Tokens.LIFETIME.toSeconds());
        if (locale != null) {
            claims.claim("locale", locale);
        }
        return claims.jws().keyId("1").sign();
    }

    public static String email(String user) {
        return user + "@example.org";
    }
}
