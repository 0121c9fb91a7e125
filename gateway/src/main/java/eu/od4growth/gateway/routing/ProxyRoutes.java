package eu.od4growth.gateway.routing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.common.problem.ProblemType;
import eu.od4growth.common.web.ProblemFallbacks;
import eu.od4growth.gateway.GatewayConfig;
import eu.od4growth.gateway.RequestAttributes;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;

/**
 * Installs one Vert.x route per configured path prefix, each forwarding to the service that owns it. Plain Vert.x
 * routes (not REST resources) let bodies stream through unparsed; they run after the correlation id, the token check
 * and the rate limit, and paths no prefix owns fall through to the not-found problem of the common module.
 * <p>
 * Each event loop has its own HTTP client (and so its own connection pool) and its own proxy per service: a request
 * is forwarded on connections of the event loop that received it, so no request hops to another thread on its way
 * through (a client shared by all event loops hands pooled connections from one loop to another, which cost about a
 * third of the gateway's CPU per request; see docs/gateway/benchmarks.md).
 */
@ApplicationScoped
class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    static final int MAX_RESPONSE_HEADER_BYTES = 64 * 1024;

    private final GatewayConfig config;
    private final Backends backends;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final ProblemFallbacks problems;
    private final List<HttpClient> clients = new CopyOnWriteArrayList<>();
    private final ThreadLocal<HttpProxy[]> loopProxies = ThreadLocal.withInitial(this::proxiesOfThisLoop);
    private List<Backend> routed = List.of();

    ProxyRoutes(GatewayConfig config, Backends backends, Vertx vertx, ObjectMapper json, ProblemFallbacks problems) {
        this.config = config;
        this.backends = backends;
        this.vertx = vertx;
        this.json = json;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        routed = List.copyOf(backends.all().values());
        for (int i = 0; i < routed.size(); i++) {
            Backend backend = routed.get(i);
            String service = backend.name;
            int index = i;
            for (String prefix : config.routes().get(service).prefixes()) {
                // "/api/models/*" matches /api/models and /api/models/..., never /api/modelsx.
                router.route(prefix + "/*").handler(ctx -> forward(ctx, backend, loopProxies.get()[index]));
            }
            LOG.infof("Routing %s to the %s service at %s", config.routes().get(service).prefixes(), service,
                    backend.urls());
        }
    }

    /** The proxies of the calling event loop, one per service, over a client of that loop alone. */
    private HttpProxy[] proxiesOfThisLoop() {
        HttpClient client = vertx.createHttpClient(clientOptions(), poolOptions());
        clients.add(client);
        HttpProxy[] proxies = new HttpProxy[routed.size()];
        for (int i = 0; i < proxies.length; i++) {
            proxies[i] = BackendProxy.create(routed.get(i), client, json);
        }
        return proxies;
    }

    private void forward(RoutingContext ctx, Backend backend, HttpProxy proxy) {
        ctx.put(RequestAttributes.BACKEND, backend.name);
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length, backend.maxBodyBytes)) {
            problems.write(ctx, ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than the " + backend.maxBodyBytes + " bytes this route accepts");
            return;
        }
        proxy.handle(ctx.request());
    }

    private static boolean tooLarge(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec refuses a malformed Content-Length before any route runs
        }
    }

    void close(@Observes ShutdownEvent event) {
        clients.forEach(HttpClient::close);
    }

    private HttpClientOptions clientOptions() {
        GatewayConfig.Client limits = config.client();
        return new HttpClientOptions()
                .setName("od4g-gateway")
                .setConnectTimeout(Math.toIntExact(limits.connectTimeout().toMillis()))
                .setKeepAlive(true)
                .setKeepAliveTimeout(Math.toIntExact(limits.keepAliveTimeout().toSeconds()))
                // A service's response headers may repeat a long query several times (a list's first/prev/next
                // links, each up to the 8 kB request line the services accept): Vert.x' 8 kB default is too little.
                .setMaxHeaderSize(MAX_RESPONSE_HEADER_BYTES)
                // Bodies pass through as they are; compression is between the client and the service.
                .setDecompressionSupported(false);
    }

    private PoolOptions poolOptions() {
        return new PoolOptions()
                .setHttp1MaxSize(config.client().maxConnectionsPerService())
                .setMaxWaitQueueSize(config.client().maxWaitingRequests());
    }
}
