package eu.od4growth.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks the bearer token of a request that has one (issuer, audience, signature, expiry, or the cache of verified
 * tokens) before the rate limit and the proxy; a bad token is refused with a 401 problem before any service is called.
 * A request without an {@code Authorization} header passes without entering the authentication mechanisms at all:
 * Quarkus' authentication is lazy at the gateway ({@code quarkus.http.auth.proactive=false}), because running every
 * mechanism only to find no credential cost about a tenth of the gateway's CPU per anonymous request
 * (docs/gateway/benchmarks.md). The services behind decide what an anonymous caller may do.
 */
@ApplicationScoped
class TokenCheck {

    void install(@Observes Router router) {
        // After Quarkus' own authentication handler (order -200), which only prepares the identity when lazy; before
        // the rate limit (-50) that counts by the token's subject.
        router.route().order(-100).handler(TokenCheck::check);
    }

    private static void check(RoutingContext ctx) {
        if (!ctx.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            ctx.next();
            return;
        }
        // Resolving the deferred identity sets the request's user; a failure is answered by Quarkus' failure
        // handler (the 401 problem of common's ProblemFallbacks).
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(identity -> ctx.next(), failure -> {
            if (!ctx.failed() && !ctx.response().ended()) {
                ctx.fail(failure);
            }
        });
    }
}
