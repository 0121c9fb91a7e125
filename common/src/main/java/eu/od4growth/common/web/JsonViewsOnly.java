package eu.od4growth.common.web;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.problem.Problem;
import eu.od4growth.common.problem.ProblemType;
import io.vertx.core.http.HttpServerRequest;

/**
 * An operation that declares no media type and answers a record, a page or a collection answers JSON: asked for in
 * another type only ({@code Accept: text/html}, {@code application/xml}), it is a 406 problem, never the record's
 * {@code toString()} served as that type (class names leaked and user-written titles became HTML: found by the
 * hostile-input sweep); asked for JSON among others, it is JSON whatever their order. Operations that declare their
 * types ({@code @Produces}) negotiate as they declare.
 */
public class JsonViewsOnly {

    @ServerRequestFilter
    public RestResponse<Problem> onlyJson(ContainerRequestContext request, ResourceInfo resource,
            HttpServerRequest http) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(Produces.class)
                || resource.getResourceClass().isAnnotationPresent(Produces.class)
                || !jsonView(method.getGenericReturnType())) {
            return null;
        }
        boolean json = request.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE));
        if (json) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
            return null;
        }
        return RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_ACCEPTABLE,
                Problem.of(ProblemType.NOT_ACCEPTABLE, "This operation answers application/json, which the Accept"
                        + " header does not allow", http, null))
                .type(Problem.MEDIA).build();
    }

    /** A record, a page or a collection, bare or in a RestResponse: what the services answer as JSON. */
    static boolean jsonView(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            if (raw == RestResponse.class) {
                return jsonView(parameterized.getActualTypeArguments()[0]);
            }
            type = raw;
        }
        if (!(type instanceof Class<?> declared)) {
            return false;
        }
        return declared.isRecord() || declared == PageResponse.class || Collection.class.isAssignableFrom(declared)
                || Map.class.isAssignableFrom(declared);
    }
}
