package eu.od4growth.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * The gateway's whole configuration table: where the services live and which path prefixes each owns, how the
 * gateway talks to them (timeouts, retries, circuit breaker), and its edge rules (rate limits, CORS, access log, API
 * document). Kept in configuration so a deployment (or a test) changes them without a rebuild. Public because each
 * feature package of the gateway reads it; nothing outside the gateway does.
 */
@ConfigMapping(prefix = "od4g.gateway")
public interface GatewayConfig {

    /** The services by name (the name appears in problem responses, logs and metrics). */
    Map<String, Route> routes();

    /** Defaults of the connections from the gateway to the services. */
    Client client();

    /** When a service's routes stop calling it for a while. */
    Circuit circuit();

    /** Requests per caller and time window. */
    @WithName("rate-limit")
    RateLimit rateLimit();

    /** Browsers on partner portals allowed to call the API. */
    Cors cors();

    /** One line per request. */
    @WithName("access-log")
    AccessLog accessLog();

    /** The merged API document served at /q/openapi. */
    OpenApi openapi();

    /** Tokens already verified, kept until they expire so the same token is not verified on every request. */
    @WithName("token-cache")
    TokenCache tokenCache();

    interface Route {

        /** Base address of a single-replica service: scheme, host and port only (kept for existing deployments). */
        Optional<URI> url();

        /** Base addresses of the service's replicas, called in turn; a replica that refuses connections is skipped. */
        Optional<List<URI>> urls();

        /** Path prefixes forwarded to the service, e.g. {@code /api/models}; each matches whole path segments. */
        List<String> prefixes();

        /** This service's connect timeout, when it differs from {@code od4g.gateway.client.connect-timeout}. */
        @WithName("connect-timeout")
        Optional<Duration> connectTimeout();

        /** This service's response timeout, when it differs from {@code od4g.gateway.client.response-timeout}. */
        @WithName("response-timeout")
        Optional<Duration> responseTimeout();

        /** Largest request body forwarded to this service, when it differs from the client default. */
        @WithName("max-body-size")
        Optional<MemorySize> maxBodySize();

        /** {@link #urls()} and {@link #url()} together, in that order. */
        default List<URI> addresses() {
            List<URI> all = new ArrayList<>(urls().orElse(List.of()));
            url().ifPresent(all::add);
            return all;
        }
    }

    interface Client {

        /** How long to wait for a TCP connection to a service. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** How long a service may stay silent (no response bytes) before the request is answered with 504. */
        @WithDefault("30s")
        Duration responseTimeout();

        /** How long an unused pooled connection is kept open. */
        @WithDefault("60s")
        Duration keepAliveTimeout();

        /** Open connections per service replica and gateway event loop; requests beyond it wait in a queue. */
        @WithDefault("64")
        int maxConnectionsPerService();

        /** Requests waiting for a connection, per event loop; beyond it, requests are answered with 503 at once. */
        @WithDefault("512")
        int maxWaitingRequests();

        /** Further attempts, on the next replica, of an idempotent request whose connection failed. */
        @WithDefault("2")
        int retries();

        /** How long a replica that refused a connection is left out of the rotation. */
        @WithDefault("5s")
        Duration replicaCoolOff();

        /** Largest request body forwarded to a service (413 problem beyond it), unless its route says otherwise. */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    interface Circuit {

        /** Consecutive failed calls (refused, timed out) that open a service's circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before one probe request is let through. */
        @WithDefault("10s")
        Duration openDelay();
    }

    interface RateLimit {

        /** Off only for benchmarks of the raw proxy path. */
        @WithDefault("true")
        boolean enabled();

        /** The default rule, for paths no named rule covers. */
        @WithName("default")
        Rule defaults();

        /** Named rules, each for one or more path prefixes (the longest matching prefix wins). */
        Map<String, PrefixRule> rules();

        /** Callers remembered at once; beyond it, expired windows are dropped first. */
        @WithDefault("100000")
        int maxClients();

        interface Rule {

            /** Requests per window of an anonymous caller (counted per client address). */
            @WithDefault("300")
            int anonymous();

            /** Requests per window of a signed-in caller (counted per token subject). */
            @WithDefault("1200")
            int authenticated();

            /** Length of a window. */
            @WithDefault("1m")
            Duration window();
        }

        interface PrefixRule extends Rule {

            /** Path prefixes the rule covers, matching whole path segments. */
            List<String> prefixes();
        }
    }

    interface Cors {

        /** Origins (scheme://host[:port]) of partner portals allowed to call the API from a browser. */
        Optional<List<String>> origins();

        /** Methods a browser may use cross-origin. */
        @WithDefault("GET,HEAD,POST,PUT,PATCH,DELETE")
        List<String> methods();

        /** Request headers a browser may send cross-origin. */
        @WithDefault("Authorization,Content-Type,If-Match,If-None-Match,X-Request-Id,Accept-Language")
        List<String> headers();

        /** Response headers a browser script may read. */
        @WithName("exposed-headers")
        @WithDefault("ETag,Location,Link,X-Request-Id,Retry-After,RateLimit-Limit,RateLimit-Remaining,RateLimit-Reset")
        List<String> exposedHeaders();

        /** How long a browser may cache a preflight answer. */
        @WithName("max-age")
        @WithDefault("10m")
        Duration maxAge();
    }

    interface AccessLog {

        @WithDefault("true")
        boolean enabled();

        /** Share of successful requests logged (0 to 1); responses with a 4xx or 5xx status are always logged. */
        @WithName("sample-rate")
        @WithDefault("1")
        double sampleRate();

        /** How long a line may wait to be written with the others of its event loop. */
        @WithName("flush-interval")
        @WithDefault("250ms")
        Duration flushInterval();
    }

    interface TokenCache {

        /** How many verified tokens are kept at most; 0 verifies every request's token. */
        @WithName("max-entries")
        @WithDefault("10000")
        int maxEntries();

        /** How long a verified token is trusted without a new check, at most (never past its own expiry). */
        @WithName("max-age")
        @WithDefault("5m")
        Duration maxAge();
    }

    interface OpenApi {

        /** How often the services' documents are fetched again. */
        @WithDefault("60s")
        Duration refresh();

        /** How long one fetch may take. */
        @WithDefault("5s")
        Duration timeout();

        /** Discovery document of the OIDC provider named by the merged document's {@code oidc} security scheme. */
        @WithName("oidc-discovery-url")
        @WithDefault("http://localhost:8180/realms/od4g/.well-known/openid-configuration")
        String oidcDiscoveryUrl();
    }
}
