package eu.od4growth.common.web;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.common.problem.Problem;
import eu.od4growth.common.problem.ProblemMapping;
import eu.od4growth.common.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem responses for what never reaches the REST layer: paths no route serves, and failures raised by the HTTP
 * layer itself (body too large, a token rejected before any resource runs, an error in a route).
 */
@ApplicationScoped
public class ProblemFallbacks {

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
        Throwable failure = ctx.failure() != null ? ctx.failure() : new IllegalStateException("route failed");
        write(ctx, ProblemMapping.of(failure, ctx.statusCode(), ctx.request()));
    }

    /** Writes a problem response directly on the Vert.x response. */
    public void write(RoutingContext ctx, ProblemType type, String detail) {
        write(ctx, new ProblemMapping.Reply(Problem.of(type, detail, ctx.request(), null), Map.of()));
    }

    /** Writes a problem response, with its headers, directly on the Vert.x response. */
    public void write(RoutingContext ctx, ProblemMapping.Reply reply) {
        Problem problem = reply.problem();
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        reply.headers().forEach(ctx.response()::putHeader);
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
