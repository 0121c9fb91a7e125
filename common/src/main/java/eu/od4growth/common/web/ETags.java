package eu.od4growth.common.web;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.ProblemType;

/**
 * Version-based entity tags: reads return {@code ETag}, changes must send it back in {@code If-Match}, so that two
 * people editing the same record never silently overwrite each other.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the body and the ETag of the version it shows. */
    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(of(version)).build();
    }

    /** 201 with the new resource's location (the request path followed by {@code id}), body and ETag. */
    public static <T> RestResponse<T> created(UriInfo uri, Object id, T body, long version) {
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(id)).build();
        return RestResponse.ResponseBuilder.<T> created(location).entity(body).tag(of(version)).build();
    }

    /** Refuses a change without If-Match (428) or with one that no longer matches the stored version (412). */
    public static void requireMatch(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the ETag you read in an If-Match header to change this resource");
        }
        String expected = "\"" + version + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(expected) || tag.equals("W/" + expected)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The resource changed since you read it (current ETag " + expected + "); read it again");
    }
}
