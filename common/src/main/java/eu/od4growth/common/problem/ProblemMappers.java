package eu.od4growth.common.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem response through {@link ProblemMapping}:
 * clients never see a stack trace, an empty body or a framework-specific error format. The classes are listed so that
 * this mapper wins over the framework's own mappers for them.
 */
public class ProblemMappers {

    @ServerExceptionMapper({ ProblemException.class, ConstraintViolationException.class,
            JsonProcessingException.class, MismatchedInputException.class, UnauthorizedException.class,
            AuthenticationFailedException.class, ForbiddenException.class, OIDCException.class,
            WebApplicationException.class, Throwable.class })
    public Response problem(Throwable e, HttpServerRequest request) {
        return ProblemResponses.of(ProblemMapping.of(e, 0, request));
    }
}
