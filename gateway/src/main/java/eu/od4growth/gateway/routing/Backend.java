package eu.od4growth.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import eu.od4growth.gateway.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.ProxyContext;

/**
 * One service as the gateway sees it: its replicas called in turn (round-robin), a replica that refused a connection
 * left out for a cool-off, the service's own timeouts and its circuit breaker. An idempotent request whose connection
 * failed is tried again on the next replica; nothing was sent, but a non-idempotent one is not retried, as agreed
 * for the suite (the client decides).
 */
final class Backend {

    /** ProxyContext attachment set once a connection to a replica is open: later failures are response failures. */
    static final String CONNECTED = "od4g.connected";

    final String name;
    final CircuitBreaker circuit;
    final long maxBodyBytes;
    private final List<Replica> replicas;
    private final AtomicInteger next = new AtomicInteger();
    private final long connectTimeoutMillis;
    private final long responseTimeoutMillis;
    private final long coolOffNanos;
    private final int retries;

    Backend(String name, GatewayConfig.Route route, GatewayConfig config) {
        this.name = name;
        List<URI> urls = route.addresses();
        if (urls.isEmpty()) {
            throw new IllegalStateException("od4g.gateway.routes." + name + ": set url or urls");
        }
        this.replicas = urls.stream().map(url -> Replica.of(name, url)).toList();
        GatewayConfig.Client client = config.client();
        this.connectTimeoutMillis = route.connectTimeout().orElse(client.connectTimeout()).toMillis();
        this.responseTimeoutMillis = route.responseTimeout().orElse(client.responseTimeout()).toMillis();
        this.maxBodyBytes = route.maxBodySize().orElse(client.maxBodySize()).asLongValue();
        this.coolOffNanos = client.replicaCoolOff().toNanos();
        this.retries = client.retries();
        this.circuit = new CircuitBreaker(config.circuit().failureThreshold(), config.circuit().openDelay().toNanos(),
                System::nanoTime);
    }

    List<URI> urls() {
        return replicas.stream().map(Replica::url).toList();
    }

    /** Opens a request to a replica, trying the next ones for an idempotent request whose connection failed. */
    Future<HttpClientRequest> connect(ProxyContext context) {
        int attempts = idempotent(context.request().getMethod()) ? 1 + Math.min(retries, replicas.size() * 2) : 1;
        return attempt(context, attempts);
    }

    private Future<HttpClientRequest> attempt(ProxyContext context, int attemptsLeft) {
        Replica replica = pick();
        return context.client().request(replica.options(connectTimeoutMillis, responseTimeoutMillis))
                .map(request -> {
                    context.set(CONNECTED, Boolean.TRUE);
                    return request;
                })
                .recover(failure -> {
                    replica.downUntil.set(System.nanoTime() + coolOffNanos);
                    return attemptsLeft > 1 ? attempt(context, attemptsLeft - 1) : Future.failedFuture(failure);
                });
    }

    /** The next replica in turn that is not cooling off; when all are, the next in turn anyway. */
    private Replica pick() {
        int size = replicas.size();
        int start = Math.floorMod(next.getAndIncrement(), size);
        if (size == 1) {
            return replicas.get(0);
        }
        long now = System.nanoTime();
        for (int i = 0; i < size; i++) {
            Replica candidate = replicas.get((start + i) % size);
            if (candidate.downUntil.get() - now <= 0) {
                return candidate;
            }
        }
        return replicas.get(start);
    }

    static boolean idempotent(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                || method == HttpMethod.PUT || method == HttpMethod.DELETE || method == HttpMethod.TRACE;
    }

    private record Replica(URI url, String host, int port, boolean ssl, AtomicLong downUntil) {

        static Replica of(String service, URI url) {
            boolean ssl = "https".equalsIgnoreCase(url.getScheme());
            if (!ssl && !"http".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
                throw new IllegalStateException("od4g.gateway.routes." + service + ".url(s): '" + url
                        + "' must be an http(s) URL with a host");
            }
            int port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
            return new Replica(url, url.getHost(), port, ssl, new AtomicLong(System.nanoTime()));
        }

        RequestOptions options(long connectTimeout, long idleTimeout) {
            // The idle timeout fails the request when the service sends nothing for that long; a slow but
            // streaming answer is not cut.
            return new RequestOptions().setHost(host).setPort(port).setSsl(ssl)
                    .setConnectTimeout(connectTimeout).setIdleTimeout(idleTimeout);
        }
    }
}
