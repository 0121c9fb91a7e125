package eu.od4growth.common.problem;

import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.od4growth.common.web.CorrelationId;
import io.vertx.core.http.HttpServerRequest;

/** An RFC 9457 problem document: the one error body of every OD4G API. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Relative URI naming the kind of problem", examples = "/problems/validation") String type,
        @Schema(description = "Short summary of the kind of problem") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "What went wrong with this request") String detail,
        @Schema(description = "Path of the request that failed") String instance,
        @Schema(description = "Identifier of the request, as in the X-Request-Id header") String requestId,
        @Schema(description = "Invalid fields, for validation problems") List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** The problem of a kind, about one request ({@code request} may be null), with its correlation id. */
    public static Problem of(ProblemType type, String detail, HttpServerRequest request,
            List<Violation> violations) {
        return of(type, type.status, detail, request, violations);
    }

    /** The problem of a status: its own kind if it has one, otherwise a generic kind that keeps the status. */
    public static Problem of(int status, String detail, HttpServerRequest request) {
        return of(ProblemType.forStatus(status), status, detail, request, null);
    }

    private static Problem of(ProblemType type, int status, String detail, HttpServerRequest request,
            List<Violation> violations) {
        return new Problem(type.uri, type.title, status, detail, request == null ? null : request.path(),
                CorrelationId.of(request), violations);
    }

    /** One invalid field of a request. */
    @Schema(name = "Violation", description = "One invalid field of the request and what is wrong with it")
    public record Violation(
            @Schema(description = "Path of the field in the request body, or the parameter's name", examples = "title.en") String field,
            @Schema(description = "What is wrong, in English", examples = "must not be blank") String message) {
    }
}
