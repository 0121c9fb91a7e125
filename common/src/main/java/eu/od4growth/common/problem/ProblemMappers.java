package eu.od4growth.common.problem;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem response: clients never see a stack
 * trace, an empty body or a framework-specific error format.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Persistence failures that mean "someone else changed or created this first", matched by name. */
    private static final Set<String> CONFLICT_EXCEPTIONS = Set.of("OptimisticLockException",
            "StaleObjectStateException", "StaleStateException", "ConstraintViolationException");

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return ProblemResponses.of(e.type(), e.getMessage(), request);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return ProblemResponses.of(ProblemType.VALIDATION, "The request has " + violations.size() + " invalid field(s)",
                request, violations);
    }

    /** Jackson's more specific mapping failures, which would otherwise reach Quarkus' own (non-problem) mapper. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        return malformed(e, request);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, HttpServerRequest request) {
        String detail = "The request body is not valid JSON";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            detail = "The request body has a value of the wrong type at '" + jsonPath(mapping) + "'";
        }
        return ProblemResponses.of(ProblemType.MALFORMED, detail, request);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(HttpServerRequest request) {
        return Response.fromResponse(ProblemResponses.of(ProblemType.UNAUTHENTICATED,
                "A valid bearer token is required", request))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your roles do not allow this operation", request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return malformed(json, request);
            }
        }
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; the request is malformed.
            return ProblemResponses.of(ProblemType.MALFORMED,
                    "A path or query parameter has a value of the wrong type (" + e.getCause().getMessage() + ")",
                    request);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "Nothing exists at " + request.path();
            case METHOD_NOT_ALLOWED -> request.method() + " is not allowed on " + request.path();
            case UNSUPPORTED_MEDIA_TYPE -> "Content type '" + request.getHeader(HttpHeaders.CONTENT_TYPE)
                    + "' is not supported here";
            case NOT_ACCEPTABLE -> "None of the accepted media types can be produced";
            default -> status >= 500 || e.getMessage() == null ? type.title : e.getMessage();
        };
        if (status >= 500) {
            LOG.errorf(e, "%s %s failed", request.method(), request.path());
        }
        Response response = ProblemResponses.of(type, detail, request);
        if (type == ProblemType.METHOD_NOT_ALLOWED && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response).header(HttpHeaders.ALLOW, e.getResponse().getHeaderString("Allow"))
                    .build();
        }
        return response;
    }

    /** The identity provider cannot be reached (e.g. Keycloak still starting): the client may retry later. */
    @ServerExceptionMapper
    public Response identityProviderDown(OIDCException e, HttpServerRequest request) {
        LOG.warnf("%s %s: the token could not be checked: %s", request.method(), request.path(), e.getMessage());
        return ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE, ProblemType.IDENTITY_PROVIDER_DOWN, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (CONFLICT_EXCEPTIONS.contains(cause.getClass().getSimpleName())
                    && cause.getClass().getName().matches("^(jakarta\\.persistence|org\\.hibernate)\\..*")) {
                LOG.debugf("Conflict on %s %s: %s", request.method(), request.path(), cause);
                return ProblemResponses.of(ProblemType.CONFLICT,
                        "The resource was changed or created concurrently; read it again and retry", request);
            }
        }
        LOG.errorf(e, "%s %s failed", request.method(), request.path());
        return ProblemResponses.of(ProblemType.INTERNAL, "An unexpected error occurred", request);
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
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
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
