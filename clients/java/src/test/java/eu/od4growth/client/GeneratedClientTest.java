package eu.od4growth.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import eu.od4growth.client.workshop.ApiClient;
import eu.od4growth.client.workshop.ApiException;
import eu.od4growth.client.workshop.ApiResponse;
import eu.od4growth.client.workshop.api.EventsApi;
import eu.od4growth.client.workshop.model.Event;
import eu.od4growth.client.workshop.model.EventFormat;
import eu.od4growth.client.workshop.model.EventStatus;
import eu.od4growth.client.workshop.model.MaturityDimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generated (workshop) client against a tiny local server that answers as the suite does: the bearer token and
 * If-Match go out, the ETag comes back, a problem+json refusal is an ApiException with its status and body, and a
 * field the client does not know yet (a compatible addition to the API) is ignored.
 */
class GeneratedClientTest {

    private static final UUID EVENT = UUID.fromString("0b9e6f4a-6d0c-4d4e-9a57-3c2f4f2f0a11");
    private static final String EVENT_JSON = "{\"id\":\"" + EVENT + "\",\"title\":{\"fr\":\"Atelier\",\"en\":\"Workshop\"},"
            + "\"format\":\"ONLINE\",\"status\":\"%s\",\"dimensions\":[\"POLICY\"],"
            + "\"startsAt\":\"2030-01-15T09:00:00Z\",\"aFieldAddedLater\":{\"x\":1}}";

    private HttpServer server;
    private final Map<String, String> seen = new ConcurrentHashMap<>();
    private EventsApi events;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/events/", this::answer);
        server.start();
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + server.getAddress().getPort());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer test-token"));
        events = new EventsApi(client);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        seen.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        seen.put("if-match", String.valueOf(exchange.getRequestHeaders().getFirst("If-Match")));
        if (path.equals("/api/events/" + EVENT) && exchange.getRequestMethod().equals("GET")) {
            send(exchange, 200, "application/json", String.format(EVENT_JSON, "DRAFT"), "\"3\"");
        } else if (path.equals("/api/events/" + EVENT + "/publish")) {
            if (!"\"3\"".equals(exchange.getRequestHeaders().getFirst("If-Match"))) {
                send(exchange, 412, "application/problem+json",
                        "{\"type\":\"/problems/stale-version\",\"status\":412,\"title\":\"Precondition Failed\"}", null);
            } else {
                send(exchange, 200, "application/json", String.format(EVENT_JSON, "PUBLISHED"), "\"4\"");
            }
        } else {
            send(exchange, 404, "application/problem+json",
                    "{\"type\":\"/problems/not-found\",\"status\":404,\"title\":\"Not Found\",\"detail\":\"No event "
                            + path.substring(path.lastIndexOf('/') + 1) + "\"}",
                    null);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body, String etag)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        if (etag != null) {
            exchange.getResponseHeaders().set("ETag", etag);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void readsAVersionedResourceWithItsETagAndIgnoresUnknownFields() throws ApiException {
        ApiResponse<Event> response = events.getEventWithHttpInfo(EVENT);
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders().get("etag")).containsExactly("\"3\"");
        Event event = response.getData();
        assertThat(event.getTitle()).containsEntry("fr", "Atelier");
        assertThat(event.getFormat()).isEqualTo(EventFormat.ONLINE);
        assertThat(event.getStatus()).isEqualTo(EventStatus.DRAFT);
        assertThat(event.getDimensions()).containsExactly(MaturityDimension.POLICY);
        assertThat(seen).containsEntry("authorization", "Bearer test-token");
    }

    @Test
    void sendsIfMatchOnAStateAction() throws ApiException {
        Event published = events.publishEvent(EVENT, "\"3\"");
        assertThat(published.getStatus()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(seen).containsEntry("if-match", "\"3\"");
        assertThatThrownBy(() -> events.publishEvent(EVENT, "\"2\"")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getCode()).isEqualTo(412));
    }

    @Test
    void aProblemIsAnApiExceptionWithStatusAndBody() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> events.getEvent(unknown)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(404);
            assertThat(e.getResponseBody()).contains("/problems/not-found").contains(unknown.toString());
            assertThat(e.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        });
        assertThat(List.of(seen.get("authorization"))).containsExactly("Bearer test-token");
    }
}
