package eu.od4growth.common.events;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The relay's HTTP hand-over to the hub, against a local stand-in hub. */
class HttpEventSinkTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final List<String> authorizations = new ArrayList<>();
    private final List<JsonNode> bodies = new ArrayList<>();
    private HttpServer hub;
    private volatile int[] statuses;
    private volatile int calls;

    @BeforeEach
    void startHub() throws IOException {
        hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hub.createContext("/api/webhooks/events", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            bodies.add(json.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            int status = statuses[Math.min(calls++, statuses.length - 1)];
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        hub.start();
    }

    @AfterEach
    void stopHub() {
        hub.stop(0);
    }

    private HttpEventSink sink() {
        int[] issued = { 0 };
        return new HttpEventSink(URI.create("http://127.0.0.1:" + hub.getAddress().getPort() + "/api/webhooks/events"),
                json, renew -> "token-" + (renew ? ++issued[0] : issued[0]));
    }

    private static DomainEvent event() {
        UUID dataset = UUID.randomUUID();
        return new DomainEvent(UUID.randomUUID(), EventType.DATASET_PUBLISHED.wireName(),
                Instant.parse("2026-11-28T10:15:30Z"), "catalog", "grand-est", "dataset", dataset,
                "/api/datasets/" + dataset);
    }

    @Test
    void postsTheEventsAsOneJsonArrayWithTheServiceToken() throws Exception {
        statuses = new int[] { 204 };
        DomainEvent event = event();

        sink().accept(List.of(event));

        assertThat(authorizations).containsExactly("Bearer token-0");
        JsonNode sent = bodies.get(0);
        assertThat(sent.isArray()).isTrue();
        assertThat(sent.get(0).get("id").asText()).isEqualTo(event.id().toString());
        assertThat(sent.get(0).get("type").asText()).isEqualTo("dataset.published");
        assertThat(sent.get(0).get("occurredAt").asText()).isEqualTo("2026-11-28T10:15:30Z");
        assertThat(sent.get(0).get("link").asText()).isEqualTo(event.link());
    }

    @Test
    void aRefusedTokenIsRenewedOnce() throws Exception {
        statuses = new int[] { 401, 202 };

        sink().accept(List.of(event()));

        assertThat(authorizations).containsExactly("Bearer token-0", "Bearer token-1");
    }

    @Test
    void aHubErrorFailsTheHandOverSoTheRelayRetries() {
        statuses = new int[] { 500 };

        assertThatThrownBy(() -> sink().accept(List.of(event()))).isInstanceOf(IOException.class).hasMessageContaining("500");
    }

    @Test
    void retriesBackOffExponentiallyUpToFiveMinutes() {
        assertThat(EventRelay.retryDelay(1)).hasSeconds(2);
        assertThat(EventRelay.retryDelay(2)).hasSeconds(4);
        assertThat(EventRelay.retryDelay(5)).hasSeconds(32);
        assertThat(EventRelay.retryDelay(9)).hasMinutes(5);
        assertThat(EventRelay.retryDelay(60)).hasMinutes(5);
    }

    @Test
    void theServiceNameIsTheApplicationsShortName() {
        assertThat(DomainEvents.serviceName("od4g-catalog-service")).isEqualTo("catalog");
        assertThat(DomainEvents.serviceName("workshop-service")).isEqualTo("workshop");
    }
}
