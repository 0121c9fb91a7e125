package eu.od4growth.gateway.routing;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;

/**
 * Installs one Vert.x route per configured path prefix, each forwarding to the service that owns it. Plain Vert.x
 * routes (not REST resources) let bodies stream through unparsed; they run after the correlation id and the token
 * check, and paths no prefix owns fall through to the not-found problem of the common module.
 */
@ApplicationScoped
class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    /** Literal segments only: Vert.x would read ':' as a parameter and '*' as a wildcard. */
    private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

    private final GatewayConfig config;
    private final Vertx vertx;
    private final ObjectMapper json;
    private HttpClient client;

    ProxyRoutes(GatewayConfig config, Vertx vertx, ObjectMapper json) {
        this.config = config;
        this.vertx = vertx;
        this.json = json;
    }

    void install(@Observes Router router) {
        checkPrefixes();
        client = vertx.createHttpClient(clientOptions(), poolOptions());
        config.routes().forEach((service, route) -> {
            HttpProxy proxy = BackendProxy.create(service, route.url(), config.client(), client, json);
            for (String prefix : route.prefixes()) {
                // "/api/models/*" matches /api/models and /api/models/..., never /api/modelsx.
                router.route(prefix + "/*").handler(ctx -> proxy.handle(ctx.request()));
            }
            LOG.infof("Routing %s to the %s service at %s", route.prefixes(), service, route.url());
        });
    }

    void close(@Observes ShutdownEvent event) {
        if (client != null) {
            client.close();
        }
    }

    /** Every prefix well-formed and owned by exactly one service, none nested in another's: fails startup otherwise. */
    private void checkPrefixes() {
        Map<String, String> owners = new TreeMap<>();
        config.routes().forEach((service, route) -> route.prefixes().forEach(prefix -> {
            if (!PREFIX.matcher(prefix).matches()) {
                throw new IllegalStateException("od4g.gateway.routes." + service + ".prefixes: '" + prefix
                        + "' must be literal path segments starting with '/' and without a trailing '/'");
            }
            owners.forEach((other, owner) -> {
                if (other.equals(prefix) || other.startsWith(prefix + "/") || prefix.startsWith(other + "/")) {
                    throw new IllegalStateException("Path prefix " + prefix + " of the " + service
                            + " service overlaps " + other + " of the " + owner + " service");
                }
            });
            owners.put(prefix, service);
        }));
    }

    private HttpClientOptions clientOptions() {
        GatewayConfig.Client limits = config.client();
        return new HttpClientOptions()
                .setName("od4g-gateway")
                .setConnectTimeout(Math.toIntExact(limits.connectTimeout().toMillis()))
                .setKeepAlive(true)
                .setKeepAliveTimeout(Math.toIntExact(limits.keepAliveTimeout().toSeconds()))
                // Bodies pass through as they are; compression is between the client and the service.
                .setDecompressionSupported(false);
    }

    private PoolOptions poolOptions() {
        return new PoolOptions()
                .setHttp1MaxSize(config.client().maxConnectionsPerService())
                .setMaxWaitQueueSize(config.client().maxWaitingRequests());
    }
}
