package eu.od4growth.client.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running suite as a partner portal sees it: the gateway's base URL and real Keycloak tokens of the demo users
 * (password grant of the test client {@code od4g-test}, password {@code demo}), handed to the generated clients.
 */
final class Suite {

    static final String GATEWAY = System.getProperty("od4g.gateway", "http://localhost:8080");
    static final String TOKEN_URL = System.getProperty("od4g.token-url",
            "http://localhost:8180/realms/od4g/protocol/openid-connect/token");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Suite() {
    }

    /** An access token of a demo user (cached for the run: the tests last less than its lifetime). */
    static String token(String user) {
        return TOKENS.computeIfAbsent(user, Suite::signIn);
    }

    private static String signIn(String user) {
        String form = "grant_type=password&client_id=od4g-test&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=demo";
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_URL)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused " + user + ": " + response.statusCode() + " "
                        + response.body());
            }
            JsonNode body = new ObjectMapper().readTree(response.body());
            return body.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + TOKEN_URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sets the bearer token of {@code user} on every request (none when user is null: an anonymous visitor). */
    static Consumer<HttpRequest.Builder> as(String user) {
        String authorization = user == null ? null : "Bearer " + token(user);
        return builder -> {
            builder.timeout(Duration.ofSeconds(30));
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
        };
    }

    static eu.od4growth.client.workshop.ApiClient workshop(String user) {
        eu.od4growth.client.workshop.ApiClient client = new eu.od4growth.client.workshop.ApiClient();
        client.setRequestInterceptor(as(user));
        client.updateBaseUri(GATEWAY);
        return client;
    }

    static eu.od4growth.client.catalog.ApiClient catalog(String user) {
        eu.od4growth.client.catalog.ApiClient client = new eu.od4growth.client.catalog.ApiClient();
        client.setRequestInterceptor(as(user));
        client.updateBaseUri(GATEWAY);
        return client;
    }

    static eu.od4growth.client.assessment.ApiClient assessment(String user) {
        eu.od4growth.client.assessment.ApiClient client = new eu.od4growth.client.assessment.ApiClient();
        client.setRequestInterceptor(as(user));
        client.updateBaseUri(GATEWAY);
        return client;
    }

    /** The ETag a versioned resource was answered with, for the If-Match of the next change. */
    static String etag(Map<String, List<String>> headers) {
        List<String> values = headers.get("etag");
        if (values == null || values.isEmpty()) {
            throw new AssertionError("no ETag in " + headers.keySet());
        }
        return values.get(0);
    }
}
