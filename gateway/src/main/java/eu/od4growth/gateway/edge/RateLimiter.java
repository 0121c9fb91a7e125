package eu.od4growth.gateway.edge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import eu.od4growth.common.problem.Problem;
import eu.od4growth.common.problem.ProblemMapping;
import eu.od4growth.common.problem.ProblemType;
import eu.od4growth.common.web.ProblemFallbacks;
import eu.od4growth.gateway.GatewayConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Requests per caller and fixed time window: a signed-in caller is counted by token subject, an anonymous one by
 * client address, each with its own limit, per rule (a rule covers path prefixes; the longest match wins, else the
 * default rule). Every routed response carries {@code RateLimit-Limit/Remaining/Reset}; past the limit the answer is
 * a 429 problem with {@code Retry-After}. The counts live in this gateway replica's memory: with n replicas behind a
 * load balancer a caller may get up to n times the limit (see the README for sharing them). No library does this on
 * a Vert.x route with per-subject keys, hence this small class.
 */
@ApplicationScoped
class RateLimiter {

    private final ProblemFallbacks problems;
    private final GatewayConfig.RateLimit config;
    private final List<Rule> rules = new ArrayList<>();
    private final Rule fallback;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Vertx vertx;
    private long sweeper = -1;

    RateLimiter(GatewayConfig gateway, ProblemFallbacks problems, Vertx vertx) {
        this.problems = problems;
        this.config = gateway.rateLimit();
        this.vertx = vertx;
        config.rules().forEach((name, rule) -> rule.prefixes().forEach(prefix -> rules.add(new Rule(name, prefix,
                rule.anonymous(), rule.authenticated(), rule.window().toNanos()))));
        rules.sort(Comparator.comparingInt((Rule rule) -> rule.prefix.length()).reversed());
        GatewayConfig.RateLimit.Rule defaults = config.defaults();
        this.fallback = new Rule("default", "", defaults.anonymous(), defaults.authenticated(),
                defaults.window().toNanos());
    }

    void install(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        // After the token check (Quarkus runs it at order -200), before the proxy routes (order >= 0).
        router.route().order(-50).handler(this::limit);
        sweeper = vertx.setPeriodic(30_000, id -> sweep());
    }

    void close(@Observes ShutdownEvent event) {
        if (sweeper >= 0) {
            vertx.cancelTimer(sweeper);
        }
    }

    private void limit(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path.startsWith("/q/")) {
            ctx.next(); // the gateway's own health, metrics and API document
            return;
        }
        Rule rule = ruleFor(path);
        String subject = Callers.subject(ctx);
        int limit = subject == null ? rule.anonymous : rule.authenticated;
        String key = rule.name + (subject == null ? "|a|" + Callers.address(ctx) : "|s|" + subject);
        long now = System.nanoTime();
        if (windows.size() >= config.maxClients() && !windows.containsKey(key)) {
            sweep();
        }
        Window window = windows.computeIfAbsent(key, k -> new Window(now + rule.windowNanos));
        int used;
        long resetNanos;
        synchronized (window) {
            if (now - window.resetAt >= 0) {
                window.resetAt = now + rule.windowNanos;
                window.used = 0;
            }
            used = ++window.used;
            resetNanos = window.resetAt - now;
        }
        long resetSeconds = Math.max(1, (resetNanos + 999_999_999L) / 1_000_000_000L);
        String reset = Long.toString(resetSeconds);
        MultiMap headers = ctx.response().headers();
        headers.set("RateLimit-Limit", Integer.toString(limit));
        headers.set("RateLimit-Remaining", Integer.toString(Math.max(0, limit - used)));
        headers.set("RateLimit-Reset", reset);
        if (used > limit) {
            problems.write(ctx, new ProblemMapping.Reply(Problem.of(ProblemType.TOO_MANY_REQUESTS,
                    "More than " + limit + " requests in " + rule.windowNanos / 1_000_000_000L
                            + " s; try again in " + reset + " s",
                    ctx.request(), null), Map.of("Retry-After", reset)));
            return;
        }
        ctx.next();
    }

    private Rule ruleFor(String path) {
        for (Rule rule : rules) {
            if (path.startsWith(rule.prefix)
                    && (path.length() == rule.prefix.length() || path.charAt(rule.prefix.length()) == '/')) {
                return rule;
            }
        }
        return fallback;
    }

    /** Drops the windows that have ended; a caller coming back starts a new one anyway. */
    private void sweep() {
        long now = System.nanoTime();
        windows.values().removeIf(window -> {
            synchronized (window) {
                return now - window.resetAt >= 0;
            }
        });
    }

    private record Rule(String name, String prefix, int anonymous, int authenticated, long windowNanos) {
    }

    private static final class Window {
        long resetAt;
        int used;

        Window(long resetAt) {
            this.resetAt = resetAt;
        }
    }
}
