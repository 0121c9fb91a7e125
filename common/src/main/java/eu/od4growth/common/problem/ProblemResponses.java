package eu.od4growth.common.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

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
        return Response.status(type.status).type(Problem.MEDIA).entity(Problem.of(type, detail, request, violations))
                .build();
    }
}
