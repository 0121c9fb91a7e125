package eu.od4growth.gateway.openapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the merged document at {@code /q/openapi}: YAML by default, JSON for {@code ?format=json} or an
 * {@code Accept: application/json}, as Quarkus serves a single service's. The gateway's own generated document moved
 * to {@code /q/openapi-gateway} (application.properties) to leave this path to the merged one.
 */
@ApplicationScoped
class ApiDocumentRoute {

    private final ContractCache cache;

    ApiDocumentRoute(ContractCache cache) {
        this.cache = cache;
    }

    void install(@Observes Router router) {
        router.get("/q/openapi").handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        ContractCache.Rendered document = cache.document();
        if (document == null) {
            ctx.fail(503); // before the first merge, at start only; common's fallback writes the problem
            return;
        }
        String format = ctx.request().getParam("format");
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        boolean asJson = "json".equalsIgnoreCase(format)
                || format == null && accept != null && accept.contains("application/json");
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, asJson ? "application/json" : "application/yaml;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(asJson ? document.json() : document.yaml());
    }
}
