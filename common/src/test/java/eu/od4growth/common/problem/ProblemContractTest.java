package eu.od4growth.common.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every contract documents what the HTTP layer refuses before an operation runs, as problems. */
class ProblemContractTest {

    private static Operation operation(boolean parameter, boolean body, boolean content) {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse(content ? "200" : "204", OASFactory.createAPIResponse().description("done")
                        .content(content ? OASFactory.createContent().addMediaType("application/json",
                                OASFactory.createMediaType()) : null)));
        if (parameter) {
            operation.addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH));
        }
        if (body) {
            operation.requestBody(OASFactory.createRequestBody());
        }
        return operation;
    }

    private static APIResponses completed(Operation operation) {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/things/{id}", OASFactory.createPathItem().PUT(operation)));
        ProblemContract.apply(openAPI);
        return operation.getResponses();
    }

    @Test
    void anOperationWithAPathParameterABodyAndContentDeclares400And404And406And415AsProblems() {
        APIResponses responses = completed(operation(true, true, true));

        assertThat(responses.getAPIResponses()).containsKeys("400", "404", "406", "415", "500");
        assertThat(responses.getAPIResponse("415").getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef())
                .isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void anyOperationDeclaresWhatTheEdgeRefusesWhateverItTakes() {
        APIResponses responses = completed(operation(false, false, false));

        // A NUL in a header or query and an unreadable Accept are refused for every operation; no path, no 404.
        assertThat(responses.getAPIResponses()).containsOnlyKeys("204", "400", "406", "500");
    }

    @Test
    void anOwnErrorFormatFor400AlsoAdmitsTheEdgesProblem() {
        Operation operation = operation(false, false, true);
        operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse().description("CKAN's error")
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType())));

        APIResponses responses = completed(operation);

        assertThat(responses.getAPIResponse("400").getContent().getMediaTypes())
                .containsKeys("application/json", Problem.MEDIA_TYPE);
    }

    @Test
    void anOperationsOwnDescriptionOfA400IsKept() {
        Operation operation = operation(true, false, true);
        operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse().description("Unknown sort key"));

        APIResponses responses = completed(operation);

        assertThat(responses.getAPIResponse("400").getDescription()).isEqualTo("Unknown sort key");
        assertThat(responses.getAPIResponses()).containsKeys("404", "406").doesNotContainKey("415");
    }
}
