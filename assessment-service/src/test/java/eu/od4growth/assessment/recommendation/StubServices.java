package eu.od4growth.assessment.recommendation;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * workshop-service and catalog-service as a tiny local HTTP server (127.0.0.1, a free port) answering the two shapes
 * the recommendations read. Tests switch each one up, down (503) or slow (beyond the timeout) through
 * {@code POST /stub/mode?workshop=down}, and read the last request each received at {@code GET /stub/last/<name>}.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    static final String UPCOMING = """
            {"items": [{"sessionId": "5b0c8d6e-0000-4000-8000-000000000001", "eventId": "5b0c8d6e-0000-4000-8000-000000000002",
              "title": "Atelier : une stratégie open data", "startsAt": "2030-01-15T09:00:00Z", "endsAt": "2030-01-15T10:00:00Z",
              "timeZone": "Europe/Paris", "dimensions": ["policy"], "freePlaces": 12, "language": "fr"},
             {"sessionId": "5b0c8d6e-0000-4000-8000-000000000003", "eventId": "5b0c8d6e-0000-4000-8000-000000000004",
              "title": "Journée qualité des données", "startsAt": "2030-02-01T08:00:00Z", "endsAt": "2030-02-01T16:00:00Z",
              "timeZone": "Europe/Paris", "dimensions": ["quality", "portal"], "freePlaces": null, "language": "fr"}]}""";

    private HttpServer server;
    private final Map<String, String> modes = new ConcurrentHashMap<>();
    private final Map<String, String> last = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/sessions/upcoming", exchange -> serve(exchange, "workshop", UPCOMING));
        server.createContext("/api/organizations/", exchange -> {
            String slug = exchange.getRequestURI().getPath().split("/")[3];
            serve(exchange, "catalog", """
                    {"organization": "%s", "publishedDatasets": 12, "openLicenceShare": 0.83, "machineReadableShare": 0.75,
                     "averageQualityScore": 287.5, "averageQualityRating": "good"}""".formatted(slug));
        });
        server.createContext("/stub/mode", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                String[] kv = pair.split("=");
                modes.put(kv[0], kv[1]);
            }
            answer(exchange, 204, null);
        });
        server.createContext("/stub/last/", exchange -> answer(exchange, 200,
                last.getOrDefault(exchange.getRequestURI().getPath().substring("/stub/last/".length()), "")));
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.workshop.url", url, "quarkus.rest-client.catalog.url", url);
    }

    private void serve(HttpExchange exchange, String name, String body) throws IOException {
        last.put(name, exchange.getRequestHeaders().getFirst("Authorization") + " " + exchange.getRequestURI());
        String mode = modes.getOrDefault(name, "up");
        if (mode.equals("slow")) {
            try {
                Thread.sleep(6000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (mode.equals("down")) {
            answer(exchange, 503, "{\"title\": \"down\"}");
        } else {
            answer(exchange, 200, body);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
