package eu.od4growth.common.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the versioning of every resource the same way, from one rule instead of annotations on each method: an
 * operation that takes {@code If-Match} changes a versioned resource, so it needs the header (428 without, 412 when
 * stale) and answers the new {@code ETag}; the resource's read answers an {@code ETag} too, and its collection's
 * create the new resource with its {@code Location} and {@code ETag}.
 */
final class VersionContract {

    static final String IF_MATCH = "If-Match";
    static final String ETAG = "ETag";
    static final String LOCATION = "Location";

    private VersionContract() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, PathItem> paths = openAPI.getPaths().getPathItems();
        Set<String> versioned = new HashSet<>();
        paths.forEach((path, item) -> item.getOperations().values().stream()
                .filter(VersionContract::takesIfMatch).forEach(operation -> {
                    conditional(operation);
                    versioned.add(resourceOf(path));
                }));
        for (String resource : versioned) {
            PathItem item = paths.get(resource);
            if (item != null && item.getGET() != null) {
                tag(item.getGET().getResponses(), "200");
            }
            PathItem collection = paths.get(resource.substring(0, resource.lastIndexOf('/')));
            if (collection != null && collection.getPOST() != null) {
                created(collection.getPOST().getResponses(), item == null ? null : item.getGET());
            }
        }
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(p.getName()));
    }

    private static void conditional(Operation operation) {
        operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(p.getName()))
                .forEach(p -> p.required(true).description("The ETag of the version the change is based on"));
        APIResponses responses = operation.getResponses();
        if (!responses.hasAPIResponse("412")) {
            responses.addAPIResponse("412", OASFactory.createAPIResponse()
                    .description("The resource changed since it was read: read it again"));
        }
        if (!responses.hasAPIResponse("428")) {
            responses.addAPIResponse("428", OASFactory.createAPIResponse().description("If-Match is missing"));
        }
        tag(responses, "200");
        tag(responses, "201");
    }

    /** A create answers the new resource as its read does, where it lives ({@code Location}) and its ETag. */
    private static void created(APIResponses responses, Operation read) {
        APIResponse response = responses == null ? null : responses.getAPIResponse("201");
        if (response == null) {
            return;
        }
        if (response.getHeaders() == null || !response.getHeaders().containsKey(LOCATION)) {
            response.addHeader(LOCATION, OASFactory.createHeader().description("URL of the new resource")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
        }
        APIResponse readResponse = read == null || read.getResponses() == null ? null
                : read.getResponses().getAPIResponse("200");
        if (response.getContent() == null && readResponse != null) {
            response.setContent(readResponse.getContent());
        }
        tag(responses, "201");
    }

    /** {@code /api/events/{id}/publish} and {@code /api/events/{id}} both change the resource {@code /api/events/{id}}. */
    private static String resourceOf(String path) {
        return path.endsWith("}") ? path : path.substring(0, path.lastIndexOf('/'));
    }

    private static void tag(APIResponses responses, String status) {
        APIResponse response = responses == null ? null : responses.getAPIResponse(status);
        if (response != null && (response.getHeaders() == null || !response.getHeaders().containsKey(ETAG))) {
            response.addHeader(ETAG, OASFactory.createHeader()
                    .description("Version of the resource, to send back in If-Match to change it")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }
}
