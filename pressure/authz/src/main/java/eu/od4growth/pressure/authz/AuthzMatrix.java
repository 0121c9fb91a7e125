package eu.od4growth.pressure.authz;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the authorization matrix (pressure/authz/matrix.csv) against the running suite through the gateway: every
 * operation of every committed contract × every caller, compared with the expected outcome. A contract operation
 * without a row, or a row whose operation no longer exists, fails the run before any call.
 *
 * <pre>
 * pressure/authz/run                          check the coverage, run the whole table, exit 1 on any failure
 * pressure/authz/run --check                  only the coverage check (no suite needed)
 * pressure/authz/run --only 'Event|Session'   only the rows whose operation matches (no coverage failure)
 * pressure/authz/run --render docs/security.md  also write the table and this run's figures into the file
 * </pre>
 */
public final class AuthzMatrix {

    record ContractOp(String service, String id, String method, String path, boolean ifMatch) {
    }

    record Result(Matrix.Row row, String caller, int status, boolean ok, String detail) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("od4g.root", ".")).toAbsolutePath().normalize();
        String gateway = env("AUTHZ_GATEWAY", "http://localhost:8080");
        String keycloak = env("AUTHZ_KEYCLOAK", "http://localhost:8180");
        boolean check = false;
        String only = null;
        Path render = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--check" -> check = true;
                case "--only" -> only = args[++i];
                case "--render" -> render = root.resolve(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path dir = root.resolve("pressure/authz");
        List<Matrix.Row> rows = Matrix.read(dir.resolve("matrix.csv"));
        Map<String, ContractOp> ops = contracts(root);
        Http http = new Http();
        Tokens tokens = new Tokens(http, keycloak);
        Fixtures fixtures = new Fixtures(dir.resolve("fixtures.yaml"), http, gateway, tokens::of);

        List<String> problems = coverage(rows, ops, fixtures);
        System.out.printf("matrix: %d rows x %d callers = %d cells; contracts: %d operations%n", rows.size(),
                Matrix.CALLERS.size(), rows.size() * Matrix.CALLERS.size(), ops.size());
        problems.forEach(p -> System.out.println("TABLE " + p));
        if (check) {
            if (render != null) {
                Render.write(render, rows, List.of(), null, problems);
            }
            System.out.println(problems.isEmpty() ? "table covers every operation" : problems.size() + " table problems");
            System.exit(problems.isEmpty() ? 0 : 1);
        }

        Instant start = Instant.now();
        tokens.prepareClients();
        // the 10-second token is used once while valid, so the gateway's cache of verified tokens holds it: the
        // expired column then also proves that a cached token is refused after its expiry
        int warm = http.call("GET", gateway + "/api/campaigns", tokens.startExpiring("coordinator-ge"), null, null)
                .status();
        System.out.println("the 10-second token, used while valid: " + warm);
        Map<String, String> callerTokens = new LinkedHashMap<>();
        List<Result> results = new ArrayList<>();
        Pattern filter = only == null ? null : Pattern.compile(only);
        for (Matrix.Row row : rows) {
            if (filter != null && !filter.matcher(row.operation()).find()) {
                continue;
            }
            ContractOp op = ops.get(row.operation());
            if (op == null) {
                continue;
            }
            runRow(row, op, gateway, http, tokens, fixtures, callerTokens, results);
        }
        int cleaned = fixtures.cleanUp();
        long failed = results.stream().filter(r -> !r.ok()).count();
        Duration took = Duration.between(start, Instant.now());
        System.out.println();
        for (Matrix.Row row : rows) {
            List<Result> bad = results.stream().filter(r -> r.row() == row && !r.ok()).toList();
            String fixtureFailure = bad.stream().map(Result::detail).filter(d -> d.startsWith("fixture failed"))
                    .findFirst().orElse(null);
            if (absent(results, row)) {
                System.out.printf("FAIL  %-28s not in the running suite: %d cells answered 'Nothing exists' (an older build?)%n",
                        row.operation(), bad.size());
                continue;
            }
            for (Result r : bad) {
                if (fixtureFailure != null && r.detail().equals(fixtureFailure) && r != bad.get(0)
                        && bad.get(0).detail().equals(fixtureFailure)) {
                    continue;
                }
                System.out.printf("FAIL  %-28s %-15s expected %-8s got %d  %s %s  %s%n", r.row().operation(),
                        r.caller(), r.row().expected().get(r.caller()), r.status(), r.row().method(),
                        r.row().request(), r.detail());
            }
        }
        String figures = String.format(
                "%s: %d rows x %d callers = %d cells run through %s in %d s (%d HTTP calls, %d waits for the rate limit, %d throwaway records cleaned up); %d passed, %d failed%s",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), results.size() / Matrix.CALLERS.size(),
                Matrix.CALLERS.size(), results.size(), gateway, took.toSeconds(), http.calls, http.rateLimitWaits, cleaned,
                results.size() - failed, failed, problems.isEmpty() ? "" : "; table check: " + problems.size() + " problems (operations without a row, see the output)");
        System.out.println(figures);
        if (render != null) {
            Render.write(render, rows, results, figures, problems);
            System.out.println("rendered " + root.relativize(render));
        }
        System.exit(failed == 0 && problems.isEmpty() ? 0 : 1);
    }

    private static void runRow(Matrix.Row row, ContractOp op, String gateway, Http http, Tokens tokens,
            Fixtures fixtures, Map<String, String> callerTokens, List<Result> results) {
        Map<String, JsonNode> shared = null;
        boolean perCaller = fixtures.perCaller(row.fixture());
        Map<String, String> users = new java.util.HashMap<>(Matrix.USERS);
        fixtures.standIns(row.fixture()).forEach((caller, who) -> {
            tokens.ensureUser(who.path("user").asText(), who.path("role").asText(), who.path("organisation")
                    .asText("grand-est"));
            users.put(caller, who.path("user").asText());
        });
        // refusals first, on one shared instance; then each expected success on a throwaway instance of its own
        List<String> order = new ArrayList<>();
        Matrix.CALLERS.stream().filter(c -> Matrix.refusal(row.expected().get(c))).forEach(order::add);
        Matrix.CALLERS.stream().filter(c -> !Matrix.refusal(row.expected().get(c))).forEach(order::add);
        for (String caller : order) {
            String expected = row.expected().get(caller);
            Map<String, JsonNode> vars;
            try {
                if (perCaller || (row.write() && !Matrix.refusal(expected))) {
                    vars = fixtures.fresh(row.fixture(), users.get(caller));
                } else {
                    if (shared == null) {
                        shared = fixtures.fresh(row.fixture(), null);
                    }
                    vars = shared;
                }
            } catch (RuntimeException e) {
                results.add(new Result(row, caller, 0, false, "fixture failed: " + e.getMessage()));
                continue;
            }
            String path = fixtures.substitute(row.request(), vars);
            String body = row.body().isEmpty() ? null : fixtures.body(com.fasterxml.jackson.databind.node.TextNode
                    .valueOf(row.body()), vars);
            String ifMatch = null;
            if (op.ifMatch()) {
                String target = fixtures.substitute(etagPath(row.request()), vars);
                ifMatch = http.call("GET", gateway + target, tokens.of(vars.get("owner").asText()), null, null).etag();
                if (ifMatch == null && vars.containsKey("etag")) {
                    ifMatch = vars.get("etag").asText(); // a record whose GET carries no ETag: the one of its creation
                }
            }
            String token = users.get(caller) != null && !users.get(caller).equals(Matrix.USERS.get(caller))
                    ? tokens.of(users.get(caller))
                    : token(caller, tokens, callerTokens);
            Http.Response r = http.call(row.method(), gateway + path, token, body, ifMatch);
            boolean ok = Matrix.matches(expected, r.status());
            if (r.status() / 100 == 2) {
                fixtures.created(row.operation(), vars, users.get(caller), r.body());
            }
            results.add(new Result(row, caller, r.status(), ok, ok ? "" : r.excerpt()));
        }
        long bad = results.stream().filter(r -> r.row() == row && !r.ok()).count();
        System.out.printf("%-4s %-30s %s%n", bad == 0 ? "ok" : "FAIL", row.operation(),
                bad == 0 ? "" : bad + " of " + Matrix.CALLERS.size() + " cells differ");
    }

    /** Whether every differing cell of the row met a path the running suite does not have (an older build). */
    static boolean absent(List<Result> results, Matrix.Row row) {
        List<Result> bad = results.stream().filter(r -> r.row() == row && !r.ok()).toList();
        return !bad.isEmpty() && bad.stream().allMatch(r -> r.detail().contains("Nothing exists at")
                && (r.status() == 404 || r.detail().startsWith("fixture failed")));
    }

    private static String token(String caller, Tokens tokens, Map<String, String> cache) {
        switch (caller) {
            case "anonymous":
                return null;
            case "expired":
                return tokens.expired();
            case "other-issuer":
                return cache.computeIfAbsent(caller, c -> tokens.otherIssuer("coordinator-ge"));
            case "tampered":
                return tokens.tampered("coordinator-ge");
            case "other-audience":
                return tokens.otherAudience("coordinator-ge");
            default:
                return tokens.of(Matrix.USERS.get(caller));
        }
    }

    /** The resource whose ETag a change sends: the request path up to its last ${variable}. */
    static String etagPath(String request) {
        String path = request.split("\\?")[0];
        int last = path.lastIndexOf("${");
        if (last < 0) {
            return path;
        }
        int end = path.indexOf('}', last) + 1;
        return path.substring(0, end);
    }

    static List<String> coverage(List<Matrix.Row> rows, Map<String, ContractOp> ops, Fixtures fixtures) {
        List<String> problems = new ArrayList<>();
        Map<String, Matrix.Row> byOp = new LinkedHashMap<>();
        for (Matrix.Row row : rows) {
            String where = "line " + row.line() + " " + row.operation() + ": ";
            if (byOp.put(row.operation(), row) != null) {
                problems.add(where + "two rows for one operation");
            }
            ContractOp op = ops.get(row.operation());
            if (op == null) {
                problems.add(where + "no operation of that id in the contracts any more (remove the row)");
                continue;
            }
            if (!op.method().equals(row.method()) || !op.path().equals(row.path())) {
                problems.add(where + "the contract says " + op.method() + " " + op.path());
            }
            String concrete = row.request().split("\\?")[0].replaceAll("\\$\\{[^}]+}", "X");
            String pattern = op.path().replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.");
            if (!concrete.matches(pattern)) {
                problems.add(where + "request " + row.request() + " does not match the path " + op.path());
            }
            if (!fixtures.exists(row.fixture())) {
                problems.add(where + "no fixture " + row.fixture() + " in fixtures.yaml");
            }
            if (!row.body().isEmpty() && !fixtures.hasBody(row.body())) {
                problems.add(where + "no body " + row.body() + " in fixtures.yaml");
            }
            row.expected().forEach((caller, cell) -> {
                if (!Matrix.valid(cell)) {
                    problems.add(where + "outcome '" + cell + "' of " + caller + " is not like 200, 2xx or 404|403");
                }
            });
        }
        ops.values().stream().filter(op -> !byOp.containsKey(op.id()))
                .forEach(op -> problems.add("no row for " + op.service() + " " + op.id() + " (" + op.method() + " "
                        + op.path() + "): add one to pressure/authz/matrix.csv"));
        return problems;
    }

    /** Every operation of the committed contracts: each service's and the gateway's own. */
    static Map<String, ContractOp> contracts(Path root) throws Exception {
        Map<String, ContractOp> ops = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> dirs = Files.list(root)) {
            files = dirs.map(d -> d.resolve("src/main/openapi/openapi.yaml")).filter(Files::exists).sorted().toList();
        }
        for (Path file : files) {
            OpenAPI api = new OpenAPIV3Parser().read(file.toString());
            String service = file.getParent().getParent().getParent().getParent().getFileName().toString();
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                boolean ifMatch = op.getResponses() != null && op.getResponses().containsKey("428");
                ops.put(op.getOperationId(), new ContractOp(service, op.getOperationId(), method.name(), path,
                        ifMatch));
            }));
        }
        return ops;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private AuthzMatrix() {
    }
}
