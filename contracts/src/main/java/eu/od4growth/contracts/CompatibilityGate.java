package eu.od4growth.contracts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/**
 * The compatibility gate: a contract may change compatibly at any time, but a breaking change (removed operation,
 * removed or newly required field, narrowed enum, changed type …, as openapi-diff judges it) passes only when the
 * contract's major version ({@code info.version}) was raised above the released one. Clients generated from a
 * released contract keep working until the major version says otherwise. {@link BreakingChanges} names the reasons,
 * with one rule stricter than the tool's and one more lenient.
 */
public final class CompatibilityGate {

    /** The contracts of the suite: the name of their released copy and where the committed contract lives. */
    public static final List<Contract> CONTRACTS = List.of(
            new Contract("assessment", "assessment-service/src/main/openapi/openapi.yaml"),
            new Contract("catalog", "catalog-service/src/main/openapi/openapi.yaml"),
            new Contract("workshop", "workshop-service/src/main/openapi/openapi.yaml"),
            new Contract("gateway", "gateway/src/main/openapi/openapi.yaml"));

    private CompatibilityGate() {
    }

    /** A committed contract and its released copy {@code contracts/released/<name>.yaml}. */
    public record Contract(String name, String committedPath) {

        public Path released(Path root) {
            return root.resolve("contracts/released").resolve(name + ".yaml");
        }

        public Path committed(Path root) {
            return root.resolve(committedPath);
        }
    }

    /** What the gate says of one contract. */
    public record Verdict(String contract, String releasedVersion, String currentVersion, DiffResult result,
            List<String> reasons, List<String> accepted, String report) {

        /** Whether a client of the released contract may break. */
        public boolean breaking() {
            return !reasons.isEmpty();
        }

        public boolean majorRaised() {
            return major(currentVersion) > major(releasedVersion);
        }

        public boolean passes() {
            return !breaking() || majorRaised();
        }

        public String summary() {
            String outcome;
            if (!breaking()) {
                outcome = result == DiffResult.NO_CHANGES ? "unchanged" : "compatible";
            } else if (majorRaised()) {
                outcome = "BREAKING, allowed: major version raised " + releasedVersion + " -> " + currentVersion;
            } else {
                outcome = "BREAKING and the major version was not raised (" + releasedVersion + " -> "
                        + currentVersion + "): restore compatibility, or raise info.version to "
                        + (major(releasedVersion) + 1) + ".0.0 and release it";
            }
            StringBuilder summary = new StringBuilder(contract).append(": ").append(outcome);
            reasons.forEach(reason -> summary.append("\n  breaking: ").append(reason));
            accepted.forEach(reason -> summary.append("\n  accepted: ").append(reason));
            return summary.toString();
        }
    }

    /** Compares a released contract with the current one. */
    public static Verdict compare(String name, Path released, Path current) {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(released.toUri().toString(), current.toUri().toString());
        BreakingChanges.Found found = BreakingChanges.of(diff);
        return new Verdict(name, diff.getOldSpecOpenApi().getInfo().getVersion(),
                diff.getNewSpecOpenApi().getInfo().getVersion(), diff.isChanged(), found.reasons(), found.accepted(),
                render(diff));
    }

    /** Compares every contract of the suite under {@code root} with its released copy. */
    public static List<Verdict> compareAll(Path root) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Contract contract : CONTRACTS) {
            Path released = contract.released(root);
            if (!Files.isRegularFile(released)) {
                throw new IllegalStateException("No released copy of the " + contract.name() + " contract at "
                        + released + ": run .ci/contracts release " + contract.name());
            }
            verdicts.add(compare(contract.name(), released, contract.committed(root)));
        }
        return verdicts;
    }

    /** The major version of a {@code info.version} such as {@code 0.1.0}, {@code 1.0} or {@code 2}. */
    static int major(String version) {
        if (version == null || version.isBlank()) {
            return 0;
        }
        String digits = version.trim().replaceFirst("^[vV]", "").split("[.\\-+]", 2)[0];
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("info.version " + version + " does not start with a major number", e);
        }
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new ConsoleRender().render(diff, writer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * {@code java … CompatibilityGate [root]}: prints every verdict (and the tool's report of a breaking change) and
     * exits 1 when a contract breaks compatibility without a new major version.
     */
    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        boolean failed = false;
        for (Verdict verdict : compareAll(root)) {
            System.out.println(verdict.summary());
            if (verdict.breaking()) {
                System.out.println(verdict.report());
            }
            failed |= !verdict.passes();
        }
        System.exit(failed ? 1 : 0);
    }
}
