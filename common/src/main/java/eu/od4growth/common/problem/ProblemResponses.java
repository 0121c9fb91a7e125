package eu.od4growth.common.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

import eu.od4growth.common.web.CorrelationId;
import io.vertx.core.http.HttpServerRequest;

/** Builds problem responses for the JAX-RS layer. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, HttpServerRequest request) {
        return of(type, detail, request, List.of());
    }

    public static Response of(ProblemType type, String detail, HttpServerRequest request,
            List<Problem.Violation> violations) {
        Problem problem = new Problem(type.uri, type.title, type.status, detail, request == null ? null : request.path(),
                CorrelationId.of(request), violations);
        return Response.status(type.status).type(Problem.MEDIA).entity(problem).build();
    }
}
