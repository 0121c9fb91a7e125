package eu.od4growth.gateway.edge;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import eu.od4growth.common.logging.LogMasks;
import eu.od4growth.common.web.CorrelationId;
import eu.od4growth.gateway.GatewayConfig;
import eu.od4growth.gateway.RequestAttributes;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * One structured (JSON) access-log line and one timer sample per request, both taken when the response ends. The line
 * holds the time, method, path (with any segment that holds an e-mail address or a secret token masked, common's LogMasks), the
 * query's parameter
 * names but not their values, status, duration, service, the token's subject and the request id; never a token.
 * <p>
 * Lines are gathered per event loop and handed to the logger {@code od4g.access} in batches, one log record of
 * several lines at most every {@code access-log.flush-interval} (or sooner past 32 kB), which application.properties
 * sends to its own asynchronous handler: a record per request woke the handler's thread and wrote to the console or
 * file once per request, about a sixth of the gateway's CPU per request (docs/gateway/benchmarks.md). Each line
 * carries its own time; lines still waiting are written when the gateway stops. The timer
 * {@code od4g_gateway_requests_seconds} (a histogram) is tagged by service and status class.
 */
@ApplicationScoped
class RequestLog {

    static final String CATEGORY = "od4g.access";
    private static final Logger ACCESS = Logger.getLogger(CATEGORY);
    private static final String GATEWAY = "gateway";

    private static final int FLUSH_CHARS = 32 * 1024;

    private final MeterRegistry metrics;
    private final Vertx vertx;
    private final boolean logging;
    private final double sampleRate;
    private final long flushMillis;
    private final Map<String, Timer[]> timers = new ConcurrentHashMap<>();
    private final List<Batch> batches = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Batch> batch = ThreadLocal.withInitial(this::newBatch);

    RequestLog(GatewayConfig config, MeterRegistry metrics, Vertx vertx) {
        this.metrics = metrics;
        this.vertx = vertx;
        this.logging = config.accessLog().enabled();
        this.sampleRate = config.accessLog().sampleRate();
        this.flushMillis = Math.max(1, config.accessLog().flushInterval().toMillis());
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 3).handler(this::observe);
    }

    private void observe(RoutingContext ctx) {
        long start = System.nanoTime();
        ctx.addEndHandler(done -> ended(ctx, System.nanoTime() - start));
        ctx.next();
    }

    private void ended(RoutingContext ctx, long nanos) {
        int status = ctx.response().getStatusCode();
        String backend = ctx.get(RequestAttributes.BACKEND);
        timer(backend == null ? GATEWAY : backend, status).record(nanos, TimeUnit.NANOSECONDS);
        if (logging && (status >= 400 || sampleRate >= 1 || ThreadLocalRandom.current().nextDouble() < sampleRate)
                && ACCESS.isInfoEnabled()) {
            batch.get().add(line(ctx, status, nanos, backend));
        }
    }

    void flushAll(@Observes ShutdownEvent event) {
        batches.forEach(Batch::flush);
    }

    private Batch newBatch() {
        Batch created = new Batch();
        batches.add(created);
        return created;
    }

    /**
     * The lines of one event loop not yet handed to the logger. Only its own loop adds to it; the lock is for the
     * flush at shutdown, from another thread.
     */
    private final class Batch {

        private final StringBuilder lines = new StringBuilder(FLUSH_CHARS + 1024);

        synchronized void add(String line) {
            if (lines.isEmpty()) {
                // On the event loop (the request's context), so the flush runs on this same thread.
                vertx.setTimer(flushMillis, id -> flush());
            } else {
                lines.append('\n');
            }
            lines.append(line);
            if (lines.length() >= FLUSH_CHARS) {
                flush();
            }
        }

        synchronized void flush() {
            if (!lines.isEmpty()) {
                ACCESS.info(lines.toString());
                lines.setLength(0);
            }
        }
    }

    private Timer timer(String backend, int status) {
        Timer[] byClass = timers.computeIfAbsent(backend, b -> new Timer[6]);
        int statusClass = Math.min(5, Math.max(1, status / 100));
        Timer timer = byClass[statusClass];
        if (timer == null) {
            timer = Timer.builder("od4g.gateway.requests")
                    .description("Requests answered by the gateway, by service and status class")
                    .tag("backend", backend)
                    .tag("status", statusClass + "xx")
                    .publishPercentileHistogram()
                    .register(metrics);
            byClass[statusClass] = timer;
        }
        return timer;
    }

    static String line(RoutingContext ctx, int status, long nanos, String backend) {
        var request = ctx.request();
        StringBuilder line = new StringBuilder(224).append("{\"time\":\"")
                .append(Instant.ofEpochMilli(System.currentTimeMillis()))
                .append("\",\"method\":\"").append(request.method().name()).append("\",\"path\":");
        string(line, LogMasks.path(request.path()));
        String query = request.query();
        if (query != null && !query.isEmpty()) {
            line.append(",\"query\":");
            string(line, parameterNames(query));
        }
        line.append(",\"status\":").append(status)
                .append(",\"ms\":").append(nanos / 1_000_000).append('.').append(nanos / 100_000 % 10);
        if (backend != null) {
            line.append(",\"backend\":");
            string(line, backend);
        }
        String subject = Callers.subject(ctx);
        if (subject != null) {
            line.append(",\"subject\":");
            string(line, subject);
        }
        String requestId = CorrelationId.of(request);
        if (requestId != null) {
            line.append(",\"requestId\":");
            string(line, requestId);
        }
        return line.append('}').toString();
    }

    /** "a=1&b=x@y&a=2" gives "a&b&a": which parameters were used, never what they held. */
    static String parameterNames(String query) {
        StringBuilder names = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (!names.isEmpty()) {
                names.append('&');
            }
            names.append(eq < 0 ? pair : pair.substring(0, eq));
        }
        return LogMasks.path(names.toString());
    }

    private static void string(StringBuilder line, String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                line.append('\\').append(c);
            } else if (c < 0x20) {
                line.append(String.format("\\u%04x", (int) c));
            } else {
                line.append(c);
            }
        }
        line.append('"');
    }
}
