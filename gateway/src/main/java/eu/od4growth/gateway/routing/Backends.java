package eu.od4growth.gateway.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.gateway.GatewayConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The configured services, each with its replicas and circuit breaker, checked once at startup: every prefix
 * well-formed and owned by exactly one service, none nested in another's. The circuit state of each service is a
 * gauge ({@code od4g_gateway_circuit_state}: 0 closed, 1 open, 2 half-open).
 */
@ApplicationScoped
class Backends {

    /** Literal segments only: Vert.x would read ':' as a parameter and '*' as a wildcard. */
    private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

    private final Map<String, Backend> byName;

    Backends(GatewayConfig config, MeterRegistry metrics) {
        checkPrefixes(config);
        Map<String, Backend> backends = new LinkedHashMap<>();
        new TreeMap<>(config.routes()).forEach((name, route) -> {
            Backend backend = new Backend(name, route, config);
            backends.put(name, backend);
            Gauge.builder("od4g.gateway.circuit.state", backend.circuit, c -> c.state().ordinal())
                    .description("Circuit of the service: 0 closed, 1 open, 2 half-open (a probe may pass)")
                    .tag("backend", name)
                    .register(metrics);
        });
        this.byName = Collections.unmodifiableMap(backends);
    }

    Map<String, Backend> all() {
        return byName;
    }

    private static void checkPrefixes(GatewayConfig config) {
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
}
