package eu.od4growth.common.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes every contract the same way: each error response carries the one Problem schema, and every operation
 * documents the 500 problem and what the HTTP layer refuses before it runs (400 malformed parameter or body, 406 an
 * Accept it cannot satisfy, 415 a body of another type), so generated clients can decode all errors.
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
        // What the HTTP layer answers before an operation's own code runs, so every contract says it once.
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if ((parameters || operation.getRequestBody() != null) && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("Invalid request: a malformed parameter or body (the problem names each field)"));
        }
        if (producesContent(responses) && !responses.hasAPIResponse("406")) {
            responses.addAPIResponse("406", OASFactory.createAPIResponse()
                    .description("The Accept header names no media type this operation produces"));
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

    private static boolean producesContent(APIResponses responses) {
        return responses.getAPIResponses().entrySet().stream()
                .anyMatch(response -> response.getKey().startsWith("2") && response.getValue().getContent() != null
                        && response.getValue().getContent().getMediaTypes() != null
                        && !response.getValue().getContent().getMediaTypes().isEmpty());
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
