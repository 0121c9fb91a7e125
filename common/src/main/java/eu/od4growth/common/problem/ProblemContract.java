package eu.od4growth.common.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes every contract the same way: each error response carries the one Problem schema, and every operation
 * documents the 500 problem and what the HTTP layer refuses before it runs (400 a malformed parameter, header or body,
 * 406 an Accept it cannot satisfy, 404 a path that leads nowhere, 415 a body of another type), so generated clients
 * can decode all errors.
 */
public final class ProblemContract {

    private ProblemContract() {
    }

    public static void apply(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values()
                .forEach(path -> path.getOperations().values().forEach(ProblemContract::complete));
    }

    private static void complete(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        if (!responses.hasAPIResponse("500")) {
            responses.addAPIResponse("500", OASFactory.createAPIResponse().description("Unexpected error"));
        }
        // What the HTTP layer answers before an operation's own code runs (common's RequestGuard, the REST layer), so
        // every contract says it once: a NUL in any parameter or header, an unreadable Accept header, a path that
        // leads nowhere.
        if (!responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("Invalid request: a malformed parameter, header or body (the problem names each field)"));
        } else if (responses.getAPIResponse("400").getContent() != null
                && responses.getAPIResponse("400").getContent().getMediaType(Problem.MEDIA_TYPE) == null) {
            // An operation with its own error format (CKAN's envelope) may still be refused at the edge, as a problem.
            responses.getAPIResponse("400").getContent().addMediaType(Problem.MEDIA_TYPE, problemMedia());
        }
        if (!responses.hasAPIResponse("406")) {
            responses.addAPIResponse("406", OASFactory.createAPIResponse()
                    .description("The Accept header names no media type this operation produces"));
        }
        boolean pathParameters = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.PATH);
        if (pathParameters && !responses.hasAPIResponse("404")) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse()
                    .description("Nothing exists at this path (e.g. an empty or '..' segment)"));
        }
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("415")) {
            responses.addAPIResponse("415", OASFactory.createAPIResponse()
                    .description("The request's Content-Type is not one this operation reads"));
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
            if (error && response.getValue().getContent() == null) {
                response.getValue().setContent(problemContent());
            }
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problemMedia());
    }

    private static MediaType problemMedia() {
        return OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
    }
}
