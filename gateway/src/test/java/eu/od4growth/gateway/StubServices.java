package eu.od4growth.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * Stand-ins for the services on 127.0.0.1: each echoes what it received (method, path, query, headers, body) as JSON,
 * and {@code GET /_stub/seen/{requestId}} tells whether any stub received a request with that id. Two more routes
 * point at a service that is down (nothing listens) and one that accepts connections but never answers.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    static final List<String> SERVICES = List.of("assessment", "catalog", "workshop");

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String service : SERVICES) {
            config.put("od4g.gateway.routes." + service + ".url", listen(request -> echo(service, request)));
        }
        config.put("od4g.gateway.routes.silent.url", listen(request -> {
        }));
        config.put("od4g.gateway.routes.silent.prefixes", "/api/silent");
        config.put("od4g.gateway.routes.offline.url", "http://127.0.0.1:" + unusedPort());
        config.put("od4g.gateway.routes.offline.prefixes", "/api/offline");
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private void echo(String service, HttpServerRequest request) {
        String requestId = request.getHeader("X-Request-Id");
        if (request.path().startsWith("/_stub/seen/")) {
            boolean wasSeen = seen.contains(request.path().substring("/_stub/seen/".length()));
            request.response().setStatusCode(wasSeen ? 200 : 404).end();
            return;
        }
        if (requestId != null) {
            seen.add(requestId);
        }
        request.body().onSuccess(body -> {
            JsonObject echo = new JsonObject()
                    .put("service", service)
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("authorization", request.getHeader("Authorization"))
                    .put("requestId", requestId)
                    .put("host", request.getHeader("Host"))
                    .put("forwarded", request.getHeader("Forwarded"))
                    .put("forwardedFor", request.getHeader("X-Forwarded-For"))
                    .put("forwardedProto", request.getHeader("X-Forwarded-Proto"))
                    .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                    .put("body", body.toString());
            // A real service returns the id too; the gateway must not repeat it.
            if (requestId != null) {
                request.response().putHeader("X-Request-Id", requestId);
            }
            request.response().putHeader("Content-Type", "application/json").end(echo.encode());
        });
    }

    private String listen(Handler<HttpServerRequest> handler) {
        int port = vertx.createHttpServer().requestHandler(handler).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join().actualPort();
        return "http://127.0.0.1:" + port;
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
