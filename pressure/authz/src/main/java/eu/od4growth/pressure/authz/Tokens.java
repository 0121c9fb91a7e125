package eu.od4growth.pressure.authz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The callers' tokens: real ones from Keycloak (password grant on od4g-test), and the four bad ones. Two of the bad
 * ones are real Keycloak tokens from clients this runner adds to the realm once (idempotently, through Keycloak's admin
 * REST API): one whose tokens live 10 s (so an expired token carries Keycloak's own valid signature) and one without
 * the od4g-api audience mapper. The two others are forged here: a token signed with a key of our own and another
 * issuer, and a real token whose payload was changed (roles raised to admin) under its original signature.
 */
final class Tokens {

    static final String EXPIRING_CLIENT = "od4g-authz-expiring";
    static final String OTHER_AUDIENCE_CLIENT = "od4g-authz-other-audience";
    static final String FOREIGN_ISSUER = "https://idp.example.org/realms/od4g";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final Http http;
    private final ObjectMapper json = new ObjectMapper();
    private final String keycloak;
    private final String tokenUrl;
    private final Map<String, String> cache = new HashMap<>();
    private final Map<String, Long> expiry = new HashMap<>();
    private String expired;
    private long expiredAt;

    Tokens(Http http, String keycloak) {
        this.http = http;
        this.keycloak = keycloak;
        this.tokenUrl = keycloak + "/realms/od4g/protocol/openid-connect/token";
    }

    /** A valid access token of a demo user, fetched again when less than 60 s of it are left. */
    String of(String user) {
        return of(user, "od4g-test");
    }

    private String of(String user, String client) {
        String key = client + "/" + user;
        Long until = expiry.get(key);
        if (until == null || until - 60 < Instant.now().getEpochSecond()) {
            String token = password(client, user);
            cache.put(key, token);
            expiry.put(key, payload(token).path("exp").asLong());
        }
        return cache.get(key);
    }

    private String password(String client, String user) {
        Http.Response r = http.form(tokenUrl, "grant_type=password&client_id=" + enc(client) + "&username="
                + enc(user) + "&password=demo&scope=openid");
        if (r.status() != 200) {
            throw new IllegalStateException("no token for " + user + " on " + client + ": " + r.status() + " "
                    + r.excerpt());
        }
        return read(r.body()).path("access_token").asText();
    }

    private String adminToken() {
        Http.Response r = http.form(keycloak + "/realms/master/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username=admin&password=admin");
        if (r.status() != 200) {
            throw new IllegalStateException("Keycloak admin login (admin/admin on master) failed: " + r.status());
        }
        return read(r.body()).path("access_token").asText();
    }

    /**
     * A throwaway user of the realm (password demo, one realm role, an organisation), added once through the admin
     * REST API: the rows whose successes would destroy a demo user's data (erasing "me") act as these instead.
     */
    void ensureUser(String username, String role, String organisation) {
        String users = keycloak + "/admin/realms/od4g/users";
        String admin = adminToken();
        Http.Response found = http.call("GET", users + "?exact=true&username=" + enc(username), admin, null, null);
        if (found.status() == 200 && read(found.body()).size() > 0) {
            return;
        }
        String body = "{\"username\":\"" + username + "\",\"enabled\":true,\"emailVerified\":true,\"email\":\""
                + username + "@authz.od4g.test\",\"firstName\":\"Authz\",\"lastName\":\"" + role
                + "\",\"attributes\":{\"organisation\":[\"" + organisation + "\"]},\"credentials\":[{\"type\":"
                + "\"password\",\"value\":\"demo\",\"temporary\":false}]}";
        Http.Response created = http.call("POST", users, admin, body, null);
        if (created.status() != 201) {
            throw new IllegalStateException("cannot add user " + username + ": " + created.status() + " "
                    + created.excerpt());
        }
        String id = read(http.call("GET", users + "?exact=true&username=" + enc(username), admin, null, null).body())
                .path(0).path("id").asText();
        String roleJson = http.call("GET", keycloak + "/admin/realms/od4g/roles/" + enc(role), admin, null, null)
                .body();
        Http.Response mapped = http.call("POST", users + "/" + id + "/role-mappings/realm", admin, "[" + roleJson + "]",
                null);
        if (mapped.status() / 100 != 2) {
            throw new IllegalStateException("cannot give " + username + " the role " + role + ": " + mapped.status());
        }
    }

    /** Adds the two clients of the bad tokens to the realm when they are missing. */
    void prepareClients() {
        String admin = adminToken();
        String organisation = "{\"name\":\"organisation\",\"protocol\":\"openid-connect\","
                + "\"protocolMapper\":\"oidc-usermodel-attribute-mapper\",\"config\":{\"user.attribute\":"
                + "\"organisation\",\"claim.name\":\"organisation\",\"jsonType.label\":\"String\","
                + "\"access.token.claim\":\"true\",\"id.token.claim\":\"true\"}}";
        String audience = "{\"name\":\"od4g-api audience\",\"protocol\":\"openid-connect\","
                + "\"protocolMapper\":\"oidc-audience-mapper\",\"config\":{\"included.custom.audience\":\"od4g-api\","
                + "\"access.token.claim\":\"true\",\"id.token.claim\":\"false\"}}";
        ensureClient(admin, EXPIRING_CLIENT, "\"attributes\":{\"access.token.lifespan\":\"10\"},",
                "[" + audience + "," + organisation + "]");
        ensureClient(admin, OTHER_AUDIENCE_CLIENT, "", "[" + organisation + "]");
    }

    private void ensureClient(String admin, String clientId, String attributes, String mappers) {
        String clients = keycloak + "/admin/realms/od4g/clients";
        Http.Response found = http.call("GET", clients + "?clientId=" + enc(clientId), admin, null, null);
        if (found.status() == 200 && read(found.body()).size() > 0) {
            return;
        }
        String body = "{\"clientId\":\"" + clientId + "\",\"name\":\"Authorization matrix (pressure/authz)\","
                + "\"publicClient\":true,\"directAccessGrantsEnabled\":true,\"standardFlowEnabled\":false,"
                + attributes + "\"protocolMappers\":" + mappers + "}";
        Http.Response created = http.call("POST", clients, admin, body, null);
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("cannot add client " + clientId + ": " + created.status() + " "
                    + created.excerpt());
        }
    }

    /** Asks now for the token that will be expired when used; {@link #expired()} waits for its expiry. */
    String startExpiring(String user) {
        expired = password(EXPIRING_CLIENT, user);
        expiredAt = payload(expired).path("exp").asLong();
        return expired;
    }

    String expired() {
        long wait = (expiredAt + 2 - Instant.now().getEpochSecond()) * 1000;
        if (wait > 0) {
            System.out.printf("waiting %d s for the 10-second token to expire%n", wait / 1000);
            Http.pause(wait);
        }
        return expired;
    }

    String otherAudience(String user) {
        return of(user, OTHER_AUDIENCE_CLIENT);
    }

    /** A well-formed RS256 token with the real token's claims, but our own key and issuer. */
    String otherIssuer(String user) {
        try {
            ObjectNode claims = payload(of(user)).deepCopy();
            claims.put("iss", FOREIGN_ISSUER);
            var keys = KeyPairGenerator.getInstance("RSA");
            keys.initialize(2048);
            var pair = keys.generateKeyPair();
            String head = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"authz-matrix\"}"
                    .getBytes(StandardCharsets.UTF_8));
            String signingInput = head + "." + B64.encodeToString(json.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(pair.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real token whose payload now says admin, under the signature of the original payload. */
    String tampered(String user) {
        try {
            String[] parts = of(user).split("\\.");
            ObjectNode claims = payload(of(user)).deepCopy();
            ObjectNode realm = claims.with("realm_access");
            ArrayNode roles = realm.putArray("roles");
            roles.add("admin").add("coordinator");
            return parts[0] + "." + B64.encodeToString(json.writeValueAsBytes(claims)) + "." + parts[2];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode payload(String token) {
        return read(new String(B64D.decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
