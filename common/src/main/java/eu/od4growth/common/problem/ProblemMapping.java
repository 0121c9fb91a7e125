package eu.od4growth.common.problem;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import eu.od4growth.common.logging.LogMasks;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * The one place that turns a failure into a problem response, used by the REST layer's mappers and by the Vert.x
 * fallbacks alike. What a client caused is a precise 4xx; a bug is a 500 logged at ERROR, never disguised as a 4xx.
 */
public final class ProblemMapping {

    private static final Logger LOG = Logger.getLogger(ProblemMapping.class);
    /** Persistence failures that mean "someone else changed this first", matched by name across JPA and Hibernate. */
    private static final Set<String> LOST_UPDATES = Set.of("OptimisticLockException", "StaleObjectStateException",
            "StaleStateException");
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String INTEGRITY_VIOLATIONS = "23";
    private static final String CONNECTION_EXCEPTIONS = "08";
    /** PostgreSQL's detail of a unique violation: {@code Key (code)=(odm-2026) already exists.} */
    private static final Pattern TAKEN = Pattern.compile("Key \\((.+?)\\)=\\((.*?)\\) already exists");

    private ProblemMapping() {
    }

    /** A problem response: the document and the headers that go with it ({@code WWW-Authenticate}, {@code Allow}). */
    public record Reply(Problem problem, Map<String, String> headers) {

        static Reply of(ProblemType type, String detail, HttpServerRequest request) {
            return new Reply(Problem.of(type, detail, request, null), Map.of());
        }
    }

    /**
     * The problem for {@code failure} on {@code request}; {@code status} is the HTTP layer's status for it when it has
     * one (e.g. 413 for a body too large), else 0.
     */
    public static Reply of(Throwable failure, int status, HttpServerRequest request) {
        if (failure instanceof ProblemException problem) {
            return Reply.of(problem.type(), problem.getMessage(), request);
        }
        if (failure instanceof ConstraintViolationException invalid) {
            return invalid(invalid, request);
        }
        if (failure instanceof InvalidInputException invalid) {
            return invalid(invalid.violations(), request);
        }
        JsonProcessingException json = cause(failure, JsonProcessingException.class);
        if (json != null) {
            return unreadable(json, request);
        }
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException) {
            return new Reply(Problem.of(ProblemType.UNAUTHENTICATED, "A valid bearer token is required", request,
                    null), Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
        }
        if (failure instanceof ForbiddenException) {
            return Reply.of(ProblemType.FORBIDDEN, "Your roles do not allow this operation", request);
        }
        if (failure instanceof OIDCException) {
            LOG.warnf("%s %s: the token could not be checked: %s", method(request), path(request),
                    failure.getMessage());
            return Reply.of(ProblemType.SERVICE_UNAVAILABLE, ProblemType.IDENTITY_PROVIDER_DOWN, request);
        }
        if (failure instanceof WebApplicationException web) {
            return web(web, request);
        }
        SQLException sql = cause(failure, SQLException.class);
        if (sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
            return Reply.of(ProblemType.CONFLICT, taken(sql), request);
        }
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTIONS)) {
            // The database restarts or is unreachable: the client may retry, nothing was written.
            LOG.warnf("%s %s: the database is not reachable: %s", method(request), path(request), sql.getMessage());
            return Reply.of(ProblemType.SERVICE_UNAVAILABLE,
                    "The database is not reachable right now; try again in a moment", request);
        }
        if (sql == null || sql.getSQLState() == null || !sql.getSQLState().startsWith(INTEGRITY_VIOLATIONS)) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (LOST_UPDATES.contains(cause.getClass().getSimpleName())) {
                    return Reply.of(ProblemType.CONFLICT,
                            "The resource was changed concurrently; read it again and retry", request);
                }
            }
        }
        if (status >= 400 && status < 500) {
            return new Reply(Problem.of(status, detail(ProblemType.forStatus(status), status, request), request),
                    Map.of());
        }
        // Any other failure, integrity violations included, is a bug or a missing validation.
        LOG.errorf(failure, "%s %s failed", method(request), path(request));
        return Reply.of(ProblemType.INTERNAL, "An unexpected error occurred", request);
    }

    private static String method(HttpServerRequest request) {
        return request == null ? "" : request.method().name();
    }

    /** The path as it may be logged: a segment holding an e-mail address or a secret link token is masked. */
    private static String path(HttpServerRequest request) {
        return request == null ? "" : LogMasks.path(request.path());
    }

    private static Reply invalid(ConstraintViolationException e, HttpServerRequest request) {
        return invalid(e.getConstraintViolations().stream().map(v -> new Problem.Violation(field(v), v.getMessage()))
                .toList(), request);
    }

    /** The one 400 validation problem of the suite, its violations sorted by field. */
    private static Reply invalid(List<Problem.Violation> found, HttpServerRequest request) {
        List<Problem.Violation> violations = found.stream().sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return new Reply(Problem.of(ProblemType.VALIDATION,
                "The request has " + violations.size() + " invalid field(s)", request, violations), Map.of());
    }

    private static Reply unreadable(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof UnstorableTextException text) {
            return new Reply(Problem.of(ProblemType.VALIDATION, "The request has 1 invalid field(s)", request,
                    List.of(new Problem.Violation(jsonPath(text), text.getOriginalMessage()))), Map.of());
        }
        String detail = "The request body is not valid JSON";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            detail = "The request body has a value of the wrong type at '" + jsonPath(mapping) + "'";
        }
        return Reply.of(ProblemType.MALFORMED, detail, request);
    }

    private static Reply web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; the request is malformed.
            return Reply.of(ProblemType.MALFORMED,
                    "A path or query parameter has a value of the wrong type (" + e.getCause().getMessage() + ")",
                    request);
        }
        if (status >= 500) {
            LOG.errorf(e, "%s %s failed", method(request), path(request));
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = status < 500 && type == ProblemType.CLIENT_ERROR && e.getMessage() != null ? e.getMessage()
                : detail(type, status, request);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return new Reply(Problem.of(status, detail, request),
                type == ProblemType.METHOD_NOT_ALLOWED && allow != null ? Map.of(HttpHeaders.ALLOW, allow) : Map.of());
    }

    private static String detail(ProblemType type, int status, HttpServerRequest request) {
        return switch (type) {
            case NOT_FOUND -> "Nothing exists at " + request.path();
            case METHOD_NOT_ALLOWED -> request.method() + " is not allowed on " + request.path();
            case UNSUPPORTED_MEDIA_TYPE -> "Content type '" + request.getHeader(HttpHeaders.CONTENT_TYPE)
                    + "' is not supported here";
            case NOT_ACCEPTABLE -> "None of the accepted media types can be produced";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than this service accepts";
            case UNAUTHENTICATED -> "A valid bearer token is required";
            case FORBIDDEN -> "Your roles do not allow this operation";
            default -> status >= 500 ? "An unexpected error occurred" : type.title;
        };
    }

    /** "code 'odm-2026' is already taken", from PostgreSQL's detail of the unique violation. */
    private static String taken(SQLException e) {
        Matcher key = TAKEN.matcher(String.valueOf(e.getMessage()));
        if (key.find()) {
            return key.group(1) + " '" + key.group(2) + "' is already taken";
        }
        return "A value of this request is already taken";
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null
                    && type.isInstance(sql.getNextException())) {
                return type.cast(sql.getNextException());
            }
        }
        return null;
    }

    private static String field(ConstraintViolation<?> violation) {
        // Path of a method-parameter violation: method.parameter[.property...]; clients know only the property.
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // The index or key of a node says which element of the container before it holds it: kit[0].url.
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            // A container element itself (map value, list item) is named by its key or index only.
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? String.valueOf(parameter) : field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
