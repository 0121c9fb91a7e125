package eu.od4growth.common.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.DefaultBean;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

/**
 * Posts events to the webhook hub ({@code POST {od4g.events.hub-url}/api/webhooks/events}) with a service token: the
 * client-credentials grant of the suite's confidential client, whose service account holds the role {@code service}.
 * The token is kept until it expires and fetched again once if the hub refuses it.
 */
@ApplicationScoped
@DefaultBean
public class HttpEventSink implements EventSink {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Gives a service token; {@code renew} asks for a new one even if the kept one has not expired. */
    @FunctionalInterface
    interface ServiceTokens {
        String token(boolean renew);
    }

    private final URI endpoint;
    private final ObjectMapper json;
    private final ServiceTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    HttpEventSink(OidcClient oidc, ObjectMapper json, @ConfigProperty(name = "od4g.events.hub-url") String hubUrl) {
        this(URI.create(hubUrl.replaceAll("/+$", "") + "/api/webhooks/events"), json, new OidcServiceTokens(oidc));
    }

    HttpEventSink(URI endpoint, ObjectMapper json, ServiceTokens tokens) {
        this.endpoint = endpoint;
        this.json = json;
        this.tokens = tokens;
    }

    @Override
    public void accept(List<DomainEvent> events) throws Exception {
        byte[] body = json.writeValueAsBytes(events);
        HttpResponse<String> answer = post(body, tokens.token(false));
        if (answer.statusCode() == 401) {
            answer = post(body, tokens.token(true));
        }
        if (answer.statusCode() / 100 != 2) {
            throw new IOException("the webhook hub answered " + answer.statusCode());
        }
    }

    private HttpResponse<String> post(byte[] body, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Client-credentials tokens from the OIDC client, kept until they expire. */
    static final class OidcServiceTokens implements ServiceTokens {

        private final OidcClient oidc;
        private Tokens current;

        OidcServiceTokens(OidcClient oidc) {
            this.oidc = oidc;
        }

        @Override
        public synchronized String token(boolean renew) {
            if (renew || current == null || current.isAccessTokenExpired()
                    || current.isAccessTokenWithinRefreshInterval()) {
                current = oidc.getTokens().await().atMost(TIMEOUT);
            }
            return current.getAccessToken();
        }
    }
}
