package eu.od4growth.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the services live and which path prefixes each owns, plus the limits of the connections to them. Kept in
 * configuration so a deployment (or a test) can move services without a rebuild.
 */
@ConfigMapping(prefix = "od4g.gateway")
interface GatewayConfig {

    /** The services by name (the name appears in problem responses); each owns one or more path prefixes. */
    Map<String, Route> routes();

    /** Limits of the connections from the gateway to the services. */
    Client client();

    interface Route {

        /** Base address of the service: scheme, host and port only, e.g. {@code http://127.0.0.1:8081}. */
        URI url();

        /** Path prefixes forwarded to the service, e.g. {@code /api/models}; each matches whole path segments. */
        List<String> prefixes();
    }

    interface Client {

        /** How long to wait for a TCP connection to a service. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** How long a service may stay silent (no response bytes) before the request is answered with 503. */
        @WithDefault("30s")
        Duration responseTimeout();

        /** How long an unused pooled connection is kept open. */
        @WithDefault("60s")
        Duration keepAliveTimeout();

        /** Open connections per service; requests beyond it wait in a queue. */
        @WithDefault("64")
        int maxConnectionsPerService();

        /** Requests waiting for a connection per service; beyond it, requests are answered with 503 at once. */
        @WithDefault("512")
        int maxWaitingRequests();
    }
}
