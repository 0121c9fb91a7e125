package eu.od4growth.workshop.person;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * catalog-service and assessment-service as tiny local servers (127.0.0.1, free ports) answering their part of the
 * persons protocol: a person has one record until erased. A control server switches each one {@code up},
 * {@code error} (500), {@code slow} (4 s, beyond the test read timeout) or {@code down} (server stopped: connection
 * refused), with
 * {@code POST /stub/mode?catalog=down}, and tells the Authorization header and path each last received
 * ({@code GET /stub/last/catalog}).
 */
public class PersonServices implements QuarkusTestResourceLifecycleManager {

    private static final String[] SERVICES = { "catalog", "assessment" };

    private final Map<String, HttpServer> servers = new ConcurrentHashMap<>();
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();
    private final Map<String, String> modes = new ConcurrentHashMap<>();
    private final Map<String, String> last = new ConcurrentHashMap<>();
    private final Set<String> erased = ConcurrentHashMap.newKeySet();
    private HttpServer control;

    @Override
    public Map<String, String> start() {
        control = server(0);
        control.createContext("/stub/mode", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                String[] kv = pair.split("=");
                switchTo(kv[0], kv[1]);
            }
            answer(exchange, 204, null);
        });
        control.createContext("/stub/last/", exchange -> answer(exchange, 200,
                last.getOrDefault(exchange.getRequestURI().getPath().substring("/stub/last/".length()), "")));
        control.start();
        for (String service : SERVICES) {
            up(service, 0);
        }
        return Map.of("quarkus.rest-client.catalog.url", "http://127.0.0.1:" + ports.get("catalog"),
                "quarkus.rest-client.assessment.url", "http://127.0.0.1:" + ports.get("assessment"),
                "od4g.test.person-services", "http://127.0.0.1:" + control.getAddress().getPort());
    }

    private synchronized void switchTo(String service, String mode) {
        String before = modes.getOrDefault(service, "up");
        modes.put(service, mode);
        if (mode.equals("down") && !before.equals("down")) {
            servers.remove(service).stop(0);
        } else if (!mode.equals("down") && before.equals("down")) {
            up(service, ports.get(service));
        }
    }

    private void up(String service, int port) {
        HttpServer server = server(port);
        server.createContext("/api/" + service + "/persons/", exchange -> serve(exchange, service));
        server.start();
        servers.put(service, server);
        ports.put(service, server.getAddress().getPort());
    }

    private void serve(HttpExchange exchange, String service) throws IOException {
        String path = exchange.getRequestURI().getPath();
        last.put(service, exchange.getRequestHeaders().getFirst("Authorization") + " " + exchange.getRequestMethod()
                + " " + path);
        if (modes.getOrDefault(service, "up").equals("slow")) {
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (modes.getOrDefault(service, "up").equals("error")) {
            answer(exchange, 500, "{\"title\": \"Internal error\", \"status\": 500}");
            return;
        }
        String[] parts = path.split("/");
        String subject = parts[4];
        if (exchange.getRequestMethod().equals("POST")) {
            boolean first = erased.add(service + "/" + subject);
            answer(exchange, 200, """
                    {"service": "%s", "subject": "%s", "erased": {"records": %d}}""".formatted(service, subject,
                    first ? 1 : 0));
        } else {
            String records = erased.contains(service + "/" + subject) ? ""
                    : "{\"id\": \"r-1\", \"createdBy\": \"" + subject + "\"}";
            answer(exchange, 200, """
                    {"service": "%s", "subject": "%s", "records": {"records": [%s]}}""".formatted(service, subject,
                    records));
        }
    }

    private static HttpServer server(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.setExecutor(Executors.newFixedThreadPool(2));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
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
        servers.values().forEach(server -> server.stop(0));
        if (control != null) {
            control.stop(0);
        }
    }
}
