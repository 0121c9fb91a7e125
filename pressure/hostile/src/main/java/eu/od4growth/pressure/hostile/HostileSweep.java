package eu.od4growth.pressure.hostile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;


/**
 * The hostile-input sweep (issue 16): for every operation of the three services' committed contracts, requests
 * generated from one seeded {@link Random} (the seed is printed; HOSTILE_SEED replays a run) are sent through the gateway with the
 * token of a user who owns the attacked resources, and each answer is judged: no 5xx, every 4xx a valid problem+json,
 * every response as the contract says, and no data changed by a rejected request (the sweep's resources and
 * collections read before, at checkpoints and after). Prints per service the requests, 2xx/4xx/5xx and failures;
 * exits 1 on any failure. Bounded: stops generating when its time budget is spent.
 *
 * <p>
 * Settings (environment): HOSTILE_GATEWAY (http://localhost:8080), HOSTILE_TOKEN_URL (Keycloak's token endpoint on
 * :8180), HOSTILE_PASSWORD (demo), HOSTILE_SEED (20261128), HOSTILE_REQUESTS (requests per service, 1100),
 * HOSTILE_BUDGET_SECONDS (240), HOSTILE_SERVICES (assessment,catalog,workshop), HOSTILE_REPO (the repository root).
 */
public final class HostileSweep {
    private static final int CHECKPOINT_EVERY = 50;
    private static final int MINIMUM_PER_SERVICE = 1000;

    static final class Tally {
        int sent;
        int clientRefused;
        int s2xx;
        int s3xx;
        int s4xx;
        int s5xx;
        int unmatched;
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final Map<String, Integer> categories = new TreeMap<>();
        final Map<String, List<String>> failures = new LinkedHashMap<>(); // failure kind -> reproducing requests
        final Map<String, Integer> failureCounts = new LinkedHashMap<>();
        final Map<String, Integer> waived = new TreeMap<>();
        int failureTotal;
        int failedResponses;
        int dataChanges;
        int accepted;
        int uncheckedResources;
        int rejectedWrites;
        int foreign;
        int reads;

        void fail(String kind, String reproducer) {
            failureTotal++;
            failureCounts.merge(kind, 1, Integer::sum);
            List<String> examples = failures.computeIfAbsent(kind, k -> new ArrayList<>());
            if (examples.size() < 3) {
                examples.add(reproducer);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String gateway = env("HOSTILE_GATEWAY", "http://localhost:8080");
        String tokenUrl = env("HOSTILE_TOKEN_URL", "http://localhost:8180/realms/od4g/protocol/openid-connect/token");
        long seed = Long.parseLong(env("HOSTILE_SEED", "20261128"));
        int perService = Integer.parseInt(env("HOSTILE_REQUESTS", "1100"));
        long budgetMillis = Long.parseLong(env("HOSTILE_BUDGET_SECONDS", "240")) * 1000L;
        Path repo = Path.of(env("HOSTILE_REPO", "../.."));
        List<String> services = List.of(env("HOSTILE_SERVICES", "assessment,catalog,workshop").split(","));
        long runId = System.currentTimeMillis() / 1000;

        System.out.printf("hostile-input sweep: seed %d (HOSTILE_SEED=%d replays it), %d requests per service, budget %d s, "
                + "through %s%n", seed, seed, perService, budgetMillis / 1000, gateway);
        Http http = new Http(gateway, tokenUrl);
        Http.Answer ready = http.json("GET", "/q/health/ready", null, null, null);
        if (ready.status() != 200) {
            System.out.println("the gateway is not ready (" + ready.status() + "); start the suite with ./od4g up");
            System.out.println("0 passed, 1 failed");
            System.exit(1);
        }
        long started = System.currentTimeMillis();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        boolean budgetSpent = false;
        for (String service : services) {
            Contract contract = new Contract(service,
                    repo.resolve(service + "-service/src/main/openapi/openapi.yaml"));
            Checks checks = new Checks(contract);
            String marker = "hostile-sweep-" + seed;
            Fixtures fixtures = new Fixtures(http, env("HOSTILE_PASSWORD", "demo"), marker);
            fixtures.create(service, runId);
            fixtures.snapshotAll();
            fixtures.notes.forEach(n -> notes.add(service + ": " + n));
            Generator generator = new Generator(fixtures, marker);
            // One Random per service, so that HOSTILE_SERVICES=<one> replays that service's part of a full run.
            Random random = new Random(serviceSeed(seed, service));
            List<Contract.Op> ops = contract.operations;
            List<Function<Random, Attack>> generators = new ArrayList<>();
            for (Contract.Op op : ops) {
                generators.add(generator.attacks(op));
            }
            Tally tally = new Tally();
            tallies.put(service, tally);
            List<Attack> window = new ArrayList<>();
            System.out.printf("== %s: %d operations; resources read before: %s%n", service, ops.size(), fixtures.summary());
            for (int i = 0; i < perService; i++) {
                if (System.currentTimeMillis() - started > budgetMillis) {
                    budgetSpent = true;
                    break;
                }
                Contract.Op op = ops.get(i % ops.size());
                Attack attack = generators.get(i % ops.size()).apply(random);
                Map<String, String> headers = new LinkedHashMap<>(attack.headers());
                if (attack.ifMatch() == Attack.IfMatch.CURRENT && attack.target() != null
                        && fixtures.etag(attack.target()) != null) {
                    headers.put("If-Match", fixtures.etag(attack.target()));
                } else if (attack.ifMatch() == Attack.IfMatch.GIVEN) {
                    headers.put("If-Match", attack.ifMatchValue());
                }
                Http.Answer answer = http.send(attack.method(), attack.pathAndQuery(),
                        fixtures.token(fixtures.user(op)), headers, attack.body());
                tally.categories.merge(attack.category(), 1, Integer::sum);
                if (answer.clientRefused() != null) {
                    tally.clientRefused++;
                    continue;
                }
                tally.sent++;
                tally.statuses.merge(answer.status(), 1, Integer::sum);
                int status = answer.status();
                if (status >= 500) {
                    tally.s5xx++;
                } else if (status >= 400) {
                    tally.s4xx++;
                } else if (status >= 300) {
                    tally.s3xx++;
                } else {
                    tally.s2xx++;
                }
                Checks.Outcome outcome = checks.judge(attack, answer);
                if (outcome.unmatched()) {
                    tally.unmatched++;
                }
                if (!outcome.failures().isEmpty()) {
                    tally.failedResponses++;
                }
                for (String failure : outcome.failures()) {
                    tally.fail(op + ": " + kind(failure), attack.what() + " | " + attack.describe() + " -> " + status
                            + " " + failure);
                }
                for (String waiver : outcome.waived()) {
                    tally.waived.merge(kind(waiver), 1, Integer::sum);
                }
                if (attack.write() && status < 300) {
                    // An accepted change: its new state (which may touch related resources, e.g. a distribution's
                    // dataset) becomes the expected one, so the rejected writes since the last check are judged on the
                    // collections only (an item they created would still show).
                    fixtures.accepted(answer);
                    report(tally, fixtures.changed(), window);
                    tally.uncheckedResources += window.size();
                    window.clear();
                    tally.accepted++;
                } else if (attack.write()) {
                    window.add(attack);
                    tally.rejectedWrites++;
                }
                if ((i + 1) % CHECKPOINT_EVERY == 0) {
                    report(tally, fixtures.changed(), window);
                    window.clear();
                }
            }
            report(tally, fixtures.changed(), window);
            tally.foreign = fixtures.foreign;
            tally.reads = fixtures.reads;
            System.out.printf("   %s: %d rejected writes checked (%d of them on collections only, an accepted change came before "
                    + "the check), %d accepted changes, %d snapshot reads, %d items created by others meanwhile%n", service,
                    tally.rejectedWrites, tally.uncheckedResources, tally.accepted, tally.reads, tally.foreign);
            System.out.printf("   %s: %d generated, %d sent, %d refused by the client, 2xx %d, 3xx %d, 4xx %d, 5xx %d, "
                    + "failed responses %d, data changes %d (%.0f s so far)%n", service, tally.sent + tally.clientRefused, tally.sent,
                    tally.clientRefused, tally.s2xx, tally.s3xx, tally.s4xx, tally.s5xx, tally.failedResponses, tally.dataChanges,
                    (System.currentTimeMillis() - started) / 1000.0);
            fixtures.renewTokens();
        }
        long seconds = (System.currentTimeMillis() - started) / 1000;
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nhostile-input sweep, seed %d, %d s (%d 429 answers waited for, %.0f s paused for the rate limit)%n",
                seed, seconds, http.rateLimited, http.pausedMillis / 1000.0));
        out.append(String.format("| service | requests | sent | refused by client | 2xx | 3xx | 4xx | 5xx | no contract path | waived | failed responses | data changes |%n"));
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        int failures = 0;
        int passes = 0;
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            int generated = t.sent + t.clientRefused;
            out.append(String.format("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |%n", e.getKey(), generated,
                    t.sent, t.clientRefused, t.s2xx, t.s3xx, t.s4xx, t.s5xx, t.unmatched,
                    t.waived.values().stream().mapToInt(Integer::intValue).sum(), t.failedResponses, t.dataChanges));
            passes += t.sent - t.failedResponses;
            failures += t.failedResponses + t.dataChanges;
            if (generated < MINIMUM_PER_SERVICE) {
                failures++;
                out.append(String.format("FAIL  %s: only %d requests within the budget (at least %d wanted)%n", e.getKey(),
                        generated, MINIMUM_PER_SERVICE));
            }
        }
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            out.append("\n").append(e.getKey()).append(": statuses ").append(e.getValue().statuses).append(", categories ")
                    .append(e.getValue().categories).append('\n');
            e.getValue().waived.forEach((k, v) -> out.append("  waived ").append(v).append(" x ").append(k).append('\n'));
            for (Map.Entry<String, List<String>> f : e.getValue().failures.entrySet()) {
                out.append("FAIL  ").append(e.getValue().failureCounts.get(f.getKey())).append(" x ").append(f.getKey())
                        .append('\n');
                f.getValue().forEach(r -> out.append("      e.g. ").append(r).append('\n'));
            }
        }
        if (!notes.isEmpty()) {
            out.append("\nnotes:\n");
            notes.forEach(n -> out.append("  ").append(n).append('\n'));
        }
        if (budgetSpent) {
            out.append("the time budget was spent before every request was sent\n");
        }
        out.append(String.format("%d passed, %d failed%n", passes, failures));
        System.out.print(out);
        Path report = Path.of("target/hostile-report.txt");
        Files.createDirectories(report.getParent());
        // getBytes, not writeString: a lone surrogate quoted from an answer becomes '?' instead of failing the write.
        Files.write(report, out.toString().getBytes(StandardCharsets.UTF_8));
        System.exit(failures == 0 ? 0 : 1);
    }

    private static void report(Tally tally, List<String> changed, List<Attack> window) {
        for (String change : changed) {
            StringBuilder requests = new StringBuilder();
            for (Attack attack : window) {
                requests.append("\n        ").append(attack.what()).append(" | ").append(attack.describe());
            }
            tally.dataChanges++;
            tally.fail("data changed without an accepted request: " + change.split(" ", 2)[0],
                    change + "; rejected writes since the last check:" + (requests.length() == 0 ? " none" : requests));
        }
    }

    /** The kind of a failure message, without its variable part (for grouping). */
    private static String kind(String failure) {
        int colon = failure.indexOf(": ", failure.startsWith("contract: ") ? "contract: ".length() : 0);
        String head = colon < 0 ? failure : failure.substring(0, colon);
        if (failure.startsWith("contract: ")) {
            String rest = failure.substring(colon + 2);
            rest = rest.replaceAll("/\\d+(?=[/'])", "/*").replaceAll("'[^']{20,}'", "'…'");
            return head + ": " + (rest.length() > 160 ? rest.substring(0, 160) : rest);
        }
        return head.replaceAll("\\d{3}", "$0");
    }

    static long serviceSeed(long seed, String service) {
        return seed * 31 + service.hashCode();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
