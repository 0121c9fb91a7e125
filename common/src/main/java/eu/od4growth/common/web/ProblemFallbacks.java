package eu.od4growth.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.common.problem.Problem;
import eu.od4growth.common.problem.ProblemType;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem responses for what never reaches the REST layer: paths no route serves, and failures raised by the HTTP
 * layer itself (body too large, a token rejected before any resource runs, an error in a route).
 */
@ApplicationScoped
public class ProblemFallbacks {

    private static final Logger LOG = Logger.getLogger(ProblemFallbacks.class);

    private final ObjectMapper json;

    ProblemFallbacks(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::failed);
        router.route().last().handler(ctx -> write(ctx, ProblemType.NOT_FOUND, "Nothing exists at " + ctx.request().path()));
    }

    private void failed(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        Throwable failure = ctx.failure();
        ProblemType type;
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            type = ProblemType.UNAUTHENTICATED;
        } else if (failure instanceof OIDCException) {
            LOG.warnf("%s %s: the token could not be checked: %s", ctx.request().method(), ctx.request().path(),
                    failure.getMessage());
            write(ctx, ProblemType.SERVICE_UNAVAILABLE, ProblemType.IDENTITY_PROVIDER_DOWN);
            return;
        } else if (failure instanceof ForbiddenException) {
            type = ProblemType.FORBIDDEN;
        } else {
            type = ProblemType.forStatus(ctx.statusCode() > 0 ? ctx.statusCode() : 500);
        }
        if (type.status >= 500) {
            LOG.errorf(failure, "%s %s failed", ctx.request().method(), ctx.request().path());
        }
        String detail = switch (type) {
            case UNAUTHENTICATED -> "A valid bearer token is required";
            case FORBIDDEN -> "Your roles do not allow this operation";
            case NOT_FOUND -> "Nothing exists at " + ctx.request().path();
            default -> type.status >= 500 ? "An unexpected error occurred" : type.title;
        };
        write(ctx, type, detail);
    }

    /** Writes a problem response directly on the Vert.x response. */
    public void write(RoutingContext ctx, ProblemType type, String detail) {
        Problem problem = Problem.of(type, detail, ctx.request(), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + type.status + "}";
        }
        if (type == ProblemType.UNAUTHENTICATED) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
        }
        ctx.response().setStatusCode(type.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
