package eu.od4growth.catalog.ckan;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * CKAN's answer: {@code help}, {@code success}, and either {@code result} or {@code error} (with {@code __type} and a
 * {@code message}, or the messages per field of a validation error).
 */
@Schema(name = "CkanResponse", description = "The CKAN Action API envelope")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CkanEnvelope(
        @Schema(description = "Where the action is described", examples = "http://localhost:8080/api/3/action/help_show?name=package_search") String help,
        boolean success,
        @Schema(ref = "CkanResult") Object result,
        @Schema(description = "On failure: __type (Not Found Error, Validation Error, Bad Request, Search Query Error, Authorization Error) and message, or messages per field", examples = "{\"message\": \"Not found\", \"__type\": \"Not Found Error\"}") Map<String, Object> error) {
}
