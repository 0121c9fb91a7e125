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
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Stand-ins for the services on 127.0.0.1: each echoes what it received (method, path, query, headers, body) as JSON,
 * and {@code GET /_stub/seen/{requestId}} tells whether any stub received a request with that id. More routes point
 * at a service that is down (nothing listens), one that accepts connections but never answers, a service with two
 * replicas behind a dead one ({@code replicated}), two whose first replica is dead ({@code getfirst}, {@code postfirst}),
 * one taking bodies up to 100 bytes ({@code small}), one that a test stops and starts ({@code POST /_stub/flaky/down|up} on any
 * stub) and one with a tight rate limit. Each echo
 * stub also serves a small OpenAPI document at {@code /q/openapi}.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    static final List<String> SERVICES = List.of("assessment", "catalog", "workshop");

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private Vertx vertx;
    private volatile HttpServer flaky;
    private volatile int flakyPort;
    private final AtomicInteger flakyRevision = new AtomicInteger(1);

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
        String dead = "http://127.0.0.1:" + unusedPort();
        config.put("od4g.gateway.routes.replicated.urls", String.join(",", dead,
                listen(request -> echo("replicated-a", request)), listen(request -> echo("replicated-b", request))));
        config.put("od4g.gateway.routes.replicated.prefixes", "/api/replicated");
        // Each with a dead replica first, and each used by one test only, so the first call meets the dead one.
        for (String name : List.of("getfirst", "postfirst")) {
            config.put("od4g.gateway.routes." + name + ".urls", String.join(",",
                    "http://127.0.0.1:" + unusedPort(), listen(request -> echo(name, request))));
            config.put("od4g.gateway.routes." + name + ".prefixes", "/api/" + name);
        }
        // Answers /api/patient/slow after 2 s, anything else at once: callers that give up early are its test.
        config.put("od4g.gateway.routes.patient.url", listen(request -> {
            if (request.path().endsWith("/slow")) {
                vertx.setTimer(2000, timer -> echo("patient", request));
            } else {
                echo("patient", request);
            }
        }));
        config.put("od4g.gateway.routes.patient.prefixes", "/api/patient");
        config.put("od4g.gateway.routes.small.url", listen(request -> echo("small", request)));
        config.put("od4g.gateway.routes.small.prefixes", "/api/small");
        config.put("od4g.gateway.routes.small.max-body-size", "100");
        flaky = server(request -> echo("flaky", request));
        flakyPort = flaky.actualPort();
        String flakyUrl = "http://127.0.0.1:" + flakyPort;
        config.put("od4g.gateway.routes.flaky.url", flakyUrl);
        config.put("od4g.gateway.routes.flaky.prefixes", "/api/flaky");
        config.put("od4g.gateway.routes.closing.url", "http://127.0.0.1:" + closingServer());
        config.put("od4g.gateway.routes.closing.prefixes", "/api/closing");
        config.put("od4g.gateway.routes.limited.url", listen(request -> echo("limited", request)));
        config.put("od4g.gateway.routes.limited.prefixes", "/api/limited");
        config.put("od4g.gateway.rate-limit.rules.tight.prefixes", "/api/limited");
        config.put("od4g.gateway.rate-limit.rules.tight.anonymous", "3");
        config.put("od4g.gateway.rate-limit.rules.tight.authenticated", "5");
        config.put("od4g.gateway.rate-limit.rules.tight.window", "1h");
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
        if (request.path().equals("/_stub/flaky/down")) {
            HttpServer server = flaky;
            flaky = null;
            (server == null ? Future.succeededFuture() : server.close())
                    .onComplete(done -> request.response().setStatusCode(204).end());
            return;
        }
        if (request.path().equals("/_stub/flaky/up")) {
            if (flaky != null) {
                // Listening twice on one port would share it between two servers (Vert.x), and "down" would
                // close only one of them.
                request.response().setStatusCode(204).end();
                return;
            }
            flakyRevision.incrementAndGet();
            vertx.createHttpServer().requestHandler(r -> echo("flaky", r)).listen(flakyPort, "127.0.0.1")
                    .onSuccess(server -> flaky = server)
                    .onComplete(done -> request.response().setStatusCode(done.succeeded() ? 204 : 500).end());
            return;
        }
        if (request.path().equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(contract(service).encode());
            return;
        }
        if (request.path().endsWith("/_stub/paged")) {
            // Like the services' lists: first, previous and next page links, each repeating the request's query.
            String uri = "http://127.0.0.1" + request.uri();
            request.response().putHeader("Link", List.<String> of("<" + uri + ">; rel=\"first\"", "<" + uri + ">; rel=\"prev\"",
                    "<" + uri + ">; rel=\"next\""));
        }
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
                    .put("hopByHop", request.getHeader("X-Hop"))
                    .put("keepAlive", request.getHeader("Keep-Alive"))
                    .put("body", body.toString());
            // A real service returns the id too; the gateway must not repeat it.
            if (requestId != null) {
                request.response().putHeader("X-Request-Id", requestId);
            }
            // Headers the gateway must not pass back: hop-by-hop ones, and its own security headers win.
            request.response().putHeader("Connection", "X-Backend-Hop").putHeader("X-Backend-Hop", "1")
                    .putHeader("X-Frame-Options", "ALLOWALL");
            request.response().putHeader("Content-Type", "application/json").end(echo.encode());
        });
    }

    /**
     * A service that answers the first request of each keep-alive connection and closes the connection when a second
     * one arrives, as a service does when it closes an idle connection just as the gateway reuses it.
     */
    private int closingServer() {
        return vertx.createNetServer().connectHandler(socket -> {
            StringBuilder received = new StringBuilder();
            socket.handler(bytes -> {
                received.append(bytes.toString());
                int requests = received.toString().split("\r\n\r\n", -1).length - 1;
                if (requests == 1 && !received.toString().contains("answered")) {
                    received.append("answered");
                    socket.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 21\r\n\r\n"
                            + "{\"service\":\"closing\"}");
                } else if (requests > 1) {
                    socket.close();
                }
            });
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join()
                .actualPort();
    }

    private String listen(Handler<HttpServerRequest> handler) {
        return "http://127.0.0.1:" + server(handler).actualPort();
    }

    private HttpServer server(Handler<HttpServerRequest> handler) {
        return vertx.createHttpServer().requestHandler(handler).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** A small contract: one path and tag of its own, a Shared schema alike in all and a Thing schema that differs. */
    private JsonObject contract(String service) {
        String tag = service + " things";
        String version = "flaky".equals(service) ? "r" + flakyRevision.get() : "1";
        JsonObject schemaRef = new JsonObject().put("$ref", "#/components/schemas/Thing");
        JsonObject sharedRef = new JsonObject().put("$ref", "#/components/schemas/Shared");
        return new JsonObject()
                .put("openapi", "3.0.3")
                .put("info", new JsonObject().put("title", service).put("version", version))
                .put("tags", new JsonArray().add(new JsonObject().put("name", tag)))
                .put("paths", new JsonObject().put("/api/" + service + "/things", new JsonObject()
                        .put("get", new JsonObject().put("operationId", "list").put("tags", new JsonArray().add(tag))
                                .put("security", new JsonArray().add(new JsonObject().put("oidc", new JsonArray())))
                                .put("responses", new JsonObject()
                                        .put("200", new JsonObject().put("description", "ok").put("content",
                                                new JsonObject().put("application/json",
                                                        new JsonObject().put("schema", schemaRef))))
                                        .put("400", new JsonObject().put("description", "bad").put("content",
                                                new JsonObject().put("application/problem+json",
                                                        new JsonObject().put("schema", sharedRef))))))))
                .put("components", new JsonObject()
                        .put("schemas", new JsonObject()
                                .put("Shared", new JsonObject().put("type", "object"))
                                .put("Thing", new JsonObject().put("type", "object").put("description", service)))
                        .put("securitySchemes", new JsonObject().put("oidc", new JsonObject()
                                .put("type", "openIdConnect").put("openIdConnectUrl", "http://elsewhere/oidc"))));
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
