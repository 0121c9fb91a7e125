package eu.od4growth.gateway.edge;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import eu.od4growth.common.problem.ProblemType;
import eu.od4growth.common.web.ProblemFallbacks;
import eu.od4growth.gateway.GatewayConfig;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * CORS for the configured partner origins and the security headers, on every response of the gateway (the services'
 * answers, problems and the gateway's own endpoints). A preflight from a listed origin is answered here and never
 * reaches a service; one from any other origin is a 403 problem without CORS headers. Written by hand rather than
 * with Quarkus' CORS filter, which answers an unlisted origin's ordinary request with a bare 403 (no problem body) and
 * so would refuse server-side callers that happen to send an Origin header; here they pass, and a browser, lacking
 * the CORS headers, keeps the answer from the page.
 */
@ApplicationScoped
class EdgeHeaders {

    private static final String HSTS = "max-age=31536000; includeSubDomains";

    private final ProblemFallbacks problems;
    private final Set<String> origins;
    private final String methods;
    private final String headers;
    private final String exposed;
    private final String maxAge;

    EdgeHeaders(GatewayConfig config, ProblemFallbacks problems) {
        this.problems = problems;
        GatewayConfig.Cors cors = config.cors();
        Set<String> allowed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        cors.origins().orElse(List.of()).stream().map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
                .forEach(allowed::add);
        this.origins = allowed;
        this.methods = String.join(",", cors.methods());
        this.headers = String.join(",", cors.headers());
        this.exposed = String.join(",", cors.exposedHeaders());
        this.maxAge = Long.toString(cors.maxAge().toSeconds());
    }

    void install(@Observes Router router) {
        // Right after common's correlation id, fallbacks and request guard; before the token check, so that a
        // preflight (which carries no token) is answered here and a 401 still carries the CORS headers.
        router.route().order(Integer.MIN_VALUE + 4).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        var request = ctx.request();
        var response = ctx.response();
        boolean tls = request.isSSL() || "https".equals(request.scheme());
        ctx.addHeadersEndHandler(v -> secure(response.headers(), tls));
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            ctx.next();
            return;
        }
        response.headers().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        boolean allowed = origins.contains(origin);
        boolean preflight = request.method() == HttpMethod.OPTIONS
                && request.headers().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (preflight) {
            if (!allowed) {
                problems.write(ctx, ProblemType.FORBIDDEN,
                        "Cross-origin requests from " + origin + " are not allowed; ask for the origin to be listed");
                return;
            }
            response.headers()
                    .set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                    .set(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true")
                    .set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods)
                    .set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers)
                    .set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, maxAge);
            response.setStatusCode(204).end();
            return;
        }
        if (allowed) {
            response.headers()
                    .set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                    .set(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true")
                    .set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed);
        }
        ctx.next();
    }

    /** Set last, so they win over whatever a service sent. */
    private static void secure(MultiMap headers, boolean tls) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if (tls) {
            headers.set("Strict-Transport-Security", HSTS);
        }
    }
}
