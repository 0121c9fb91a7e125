package eu.od4growth.common.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the caller's {@code X-Request-Id} (or makes one), returns it on the response and puts it in the logging
 * context, so one request can be followed through the gateway and every service.
 */
@ApplicationScoped
public class CorrelationId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Ids are echoed into headers and logs, so only a safe, short alphabet is kept. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(CorrelationId::handle);
    }

    static void handle(RoutingContext ctx) {
        String id = ctx.request().getHeader(HEADER);
        if (id == null || !SAFE.matcher(id).matches()) {
            id = newId();
            ctx.request().headers().set(HEADER, id);
        }
        MDC.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }

    /**
     * A random version-4 UUID drawn from the thread's own generator. A request id must be unique, not unguessable:
     * {@code UUID.randomUUID()} reads the JDK's shared SecureRandom (a lock and /dev/urandom) on every request, which
     * showed in the gateway's profile.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L; // version 4
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }

    /** The correlation id of the request being answered. */
    public static String of(HttpServerRequest request) {
        return request == null ? null : request.getHeader(HEADER);
    }
}
