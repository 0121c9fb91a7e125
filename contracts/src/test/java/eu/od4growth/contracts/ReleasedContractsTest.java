package eu.od4growth.contracts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate itself: every committed contract of the suite against its released copy in {@code contracts/released/}.
 * The tool's full report of each contract is written to {@code target/contract-diffs/<name>.txt}.
 */
class ReleasedContractsTest {

    private static final Path ROOT = Path.of(System.getProperty("od4g.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyContractIsCompatibleWithItsReleaseOrRaisesItsMajorVersion() throws IOException {
        List<CompatibilityGate.Verdict> verdicts = CompatibilityGate.compareAll(ROOT);
        Path reports = Files.createDirectories(Path.of("target/contract-diffs"));
        StringBuilder failures = new StringBuilder();
        for (CompatibilityGate.Verdict verdict : verdicts) {
            System.out.println(verdict.summary());
            Files.writeString(reports.resolve(verdict.contract() + ".txt"), verdict.summary() + "\n" + verdict.report());
            if (!verdict.passes()) {
                failures.append(verdict.summary()).append('\n').append(verdict.report()).append('\n');
            }
        }
        assertThat(verdicts).extracting(CompatibilityGate.Verdict::contract)
                .containsExactly("assessment", "catalog", "workshop", "gateway");
        assertThat(failures).as("breaking changes").isEmpty();
    }
}
