package eu.od4growth.common.web;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

import eu.od4growth.common.problem.Problem;
import eu.od4growth.common.problem.ProblemMapping;
import eu.od4growth.common.problem.ProblemType;
import eu.od4growth.common.problem.UnstorableTextException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, before any route runs, what a request must not carry, each with a problem response: a request line longer
 * than {@code od4g.http.max-request-line} (414), headers larger than {@code od4g.http.max-header-bytes} (431), a
 * NUL character in the path, a query parameter or a header (400 naming it), an Accept header that lists something
 * else than media types (406; an empty one counts as absent) and a path with an empty or dot segment (404). The HTTP codec's
 * own limits are set far
 * higher (see microprofile-config.properties), because what it refuses gets a bare status without a problem body.
 */
@ApplicationScoped
public class RequestGuard {

    private static final String NUL_ENCODED = "%00";

    private final ProblemFallbacks problems;
    private final HttpLimits limits;

    RequestGuard(ProblemFallbacks problems, HttpLimits limits) {
        this.problems = problems;
        this.limits = limits;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        var request = ctx.request();
        int line = request.method().name().length() + request.uri().length() + " HTTP/1.1".length() + 1;
        if (line > limits.maxRequestLine()) {
            problems.write(ctx, ProblemType.URI_TOO_LONG, "The request line has " + line
                    + " characters; at most " + limits.maxRequestLine() + " are accepted");
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
            if (header.getValue().indexOf(StorableText.NUL) >= 0) {
                invalid(ctx, "header " + header.getKey());
                return;
            }
        }
        if (headerBytes > limits.maxHeaderBytes()) {
            problems.write(ctx, ProblemType.HEADERS_TOO_LARGE, "The request headers have " + headerBytes
                    + " bytes; at most " + limits.maxHeaderBytes() + " are accepted");
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.isBlank()) {
            request.headers().remove(HttpHeaders.ACCEPT); // an empty Accept asks for nothing in particular: any type
        } else if (accept != null && !readable(accept)) {
            problems.write(ctx, ProblemType.NOT_ACCEPTABLE, "The Accept header is not a list of media types");
            return;
        }
        if (leadsNowhere(request.path())) {
            problems.write(ctx, ProblemType.NOT_FOUND, "Nothing exists at " + request.path());
            return;
        }
        String query = request.query();
        if (request.path().toLowerCase().contains(NUL_ENCODED)) {
            invalid(ctx, "path");
            return;
        }
        if (query != null && query.toLowerCase().contains(NUL_ENCODED)) {
            String name = ctx.queryParams().entries().stream()
                    .filter(p -> p.getKey().indexOf(StorableText.NUL) >= 0 || p.getValue().indexOf(StorableText.NUL) >= 0)
                    .map(Map.Entry::getKey).findFirst().orElse("query");
            invalid(ctx, name.replace(StorableText.NUL, '?'));
            return;
        }
        ctx.next();
    }

    /**
     * An empty segment ({@code /api/events//publish}) or a dot segment ({@code /api/persons/../erase}) names no
     * resource of ours; without this the REST layer answered a 405 for another operation's path.
     */
    static boolean leadsNowhere(String path) {
        if (path.contains("//")) {
            return true;
        }
        for (String segment : path.split("/")) {
            String decoded = segment.replace("%2e", ".").replace("%2E", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Whether every entry of an Accept header is a media type (the REST layer failed with a 500 on any other). */
    static boolean readable(String accept) {
        for (String entry : accept.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                MediaType.valueOf(entry.trim());
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    private void invalid(RoutingContext ctx, String field) {
        problems.write(ctx, new ProblemMapping.Reply(Problem.of(ProblemType.VALIDATION,
                "The request has 1 invalid field(s)", ctx.request(),
                List.of(new Problem.Violation(field, UnstorableTextException.MESSAGE))), Map.of()));
    }
}
