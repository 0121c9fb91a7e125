package eu.od4growth.common.problem;

import jakarta.ws.rs.core.Response;

/** Builds problem responses for the JAX-RS layer. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemMapping.Reply reply) {
        Response.ResponseBuilder response = Response.status(reply.problem().status()).type(Problem.MEDIA)
                .entity(reply.problem());
        reply.headers().forEach(response::header);
        return response.build();
    }
}
