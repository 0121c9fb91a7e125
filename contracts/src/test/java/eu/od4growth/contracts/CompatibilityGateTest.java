package eu.od4growth.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.openapidiff.core.model.DiffResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gate's rule on a small contract: which changes break clients, and that a new major version lets them pass. */
class CompatibilityGateTest {

    @TempDir
    Path dir;

    private String base;
    private Path released;

    @BeforeEach
    void release() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/things.yaml")) {
            base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        released = write("released.yaml", base);
    }

    @Test
    void sameContractIsUnchanged() throws IOException {
        CompatibilityGate.Verdict verdict = gate(base);
        assertThat(verdict.result()).isEqualTo(DiffResult.NO_CHANGES);
        assertThat(verdict.passes()).isTrue();
    }

    @Test
    void addedOperationAndOptionalFieldAreCompatible() throws IOException {
        CompatibilityGate.Verdict verdict = gate(base
                .replace("  /api/things/{id}:\n", """
                          /api/things/{id}/copies:
                            post:
                              operationId: copyThing
                              parameters:
                              - name: id
                                in: path
                                required: true
                                schema:
                                  type: string
                              responses:
                                "201":
                                  description: Copied
                          /api/things/{id}:
                        """)
                .replace("        size:\n          type: integer\n",
                        "        size:\n          type: integer\n        colour:\n          type: string\n"));
        assertThat(verdict.breaking()).isFalse();
        assertThat(verdict.result()).isEqualTo(DiffResult.COMPATIBLE);
        assertThat(verdict.passes()).isTrue();
        assertThat(verdict.summary()).isEqualTo("things: compatible");
    }

    @Test
    void removedOperationBreaks() throws IOException {
        CompatibilityGate.Verdict verdict = gate(base.replace("""
                    delete:
                      operationId: deleteThing
                """, """
                    put:
                      operationId: replaceThing
                """));
        assertBreaks(verdict);
        assertThat(verdict.report()).contains("DELETE").contains("/api/things/{id}");
        assertThat(verdict.reasons()).containsExactly("DELETE /api/things/{id}: operation removed");
    }

    @Test
    void newlyRequiredRequestFieldBreaks() throws IOException {
        CompatibilityGate.Verdict verdict = gate(
                base.replace("      required:\n      - name\n", "      required:\n      - name\n      - size\n"));
        assertBreaks(verdict);
        assertThat(verdict.reasons()).containsExactly("POST /api/things: required gained [size]");
    }

    @Test
    void removedResponseFieldBreaks() throws IOException {
        CompatibilityGate.Verdict verdict = gate(base.replace("""
                        name:
                          type: string
                        kind:
                          type: string
                """, """
                        kind:
                          type: string
                """));
        assertBreaks(verdict);
        assertThat(verdict.reasons()).containsExactly("GET /api/things: response property 'name' removed",
                "POST /api/things: response property 'name' removed");
    }

    @Test
    void narrowedRequestEnumBreaks() throws IOException {
        CompatibilityGate.Verdict verdict = gate(base.replace("          - HUGE\n", ""));
        assertBreaks(verdict);
        assertThat(verdict.reasons()).containsExactly("POST /api/things: enum lost [HUGE]");
    }

    @Test
    void aRequestPatternThatOnlyGainsAlternativesIsAccepted() throws IOException {
        CompatibilityGate.Verdict verdict = sortPattern("title|-title", "title|-title|modified");
        assertThat(verdict.result().isIncompatible()).as("openapi-diff's own judgement").isTrue();
        assertThat(verdict.breaking()).isFalse();
        assertThat(verdict.accepted()).containsExactly(
                "POST /api/things: pattern 'title|-title' changed to 'title|-title|modified' (only gains alternatives)");
    }

    @Test
    void aRequestPatternThatLosesAnAlternativeBreaks() throws IOException {
        CompatibilityGate.Verdict verdict = sortPattern("title|-title", "title");
        assertBreaks(verdict);
        assertThat(verdict.reasons()).containsExactly("POST /api/things: pattern 'title|-title' changed to 'title'");
    }

    /** Released and current contracts whose request gains a sort field with these patterns. */
    private CompatibilityGate.Verdict sortPattern(String released, String current) throws IOException {
        String sorted = base.replace("        size:\n          type: integer\n",
                "        size:\n          type: integer\n        sort:\n          type: string\n          pattern: %s\n");
        return CompatibilityGate.compare("things", write("released.yaml", String.format(sorted, released)),
                write("current.yaml", String.format(sorted, current)));
    }

    @Test
    void aReferenceWrappedInAllOfToCarryADescriptionIsCompatible() throws IOException {
        // SmallRye writes a described $ref as allOf: [$ref] + description; openapi-diff calls it a type change.
        String referenced = base.replace("        size:\n          type: integer\n",
                "        size:\n          type: integer\n        owner:\n          $ref: \"#/components/schemas/Id\"\n")
                .replace("components:\n  schemas:\n",
                        "components:\n  schemas:\n    Id:\n      type: string\n      format: uuid\n");
        released = write("released.yaml", referenced);
        CompatibilityGate.Verdict verdict = gate(referenced.replace(
                "        owner:\n          $ref: \"#/components/schemas/Id\"\n",
                "        owner:\n          description: Who owns it\n          allOf:\n"
                        + "          - $ref: \"#/components/schemas/Id\"\n"));
        assertThat(verdict.reasons()).isEmpty();
        assertThat(verdict.passes()).isTrue();
    }

    @Test
    void changedTypeBreaks() throws IOException {
        CompatibilityGate.Verdict verdict = gate(
                base.replace("        size:\n          type: integer\n", "        size:\n          type: string\n"));
        assertBreaks(verdict);
        assertThat(verdict.reasons()).containsExactly("POST /api/things: type changed from integer to string");
    }

    @Test
    void breakingChangePassesWhenTheMajorVersionIsRaised() throws IOException {
        CompatibilityGate.Verdict verdict = gate(base.replace("version: 0.1.0", "version: 1.0.0")
                .replace("          - HUGE\n", ""));
        assertThat(verdict.breaking()).isTrue();
        assertThat(verdict.majorRaised()).isTrue();
        assertThat(verdict.passes()).isTrue();
        assertThat(verdict.summary()).contains("BREAKING, allowed: major version raised 0.1.0 -> 1.0.0");
    }

    @Test
    void aMinorVersionDoesNotExcuseABreakingChange() throws IOException {
        assertBreaks(gate(base.replace("version: 0.1.0", "version: 0.2.0").replace("          - HUGE\n", "")));
    }

    @Test
    void majorVersionIsTheLeadingNumber() {
        assertThat(CompatibilityGate.major("0.1.0")).isZero();
        assertThat(CompatibilityGate.major("1.0")).isEqualTo(1);
        assertThat(CompatibilityGate.major("v12.3.4-SNAPSHOT")).isEqualTo(12);
        assertThat(CompatibilityGate.major("3")).isEqualTo(3);
        assertThatThrownBy(() -> CompatibilityGate.major("next")).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertBreaks(CompatibilityGate.Verdict verdict) {
        assertThat(verdict.breaking()).as(verdict.report()).isTrue();
        assertThat(verdict.passes()).isFalse();
        assertThat(verdict.summary()).contains("BREAKING and the major version was not raised")
                .contains("raise info.version to 1.0.0");
    }

    private CompatibilityGate.Verdict gate(String current) throws IOException {
        return CompatibilityGate.compare("things", released, write("current.yaml", current));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
