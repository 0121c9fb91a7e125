package eu.od4growth.assessment.maturity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.od4growth.common.problem.Problem;

import static eu.od4growth.assessment.maturity.Build.atLevel;
import static eu.od4growth.assessment.maturity.Build.band;
import static eu.od4growth.assessment.maturity.Build.clusters;
import static eu.od4growth.assessment.maturity.Build.dimension;
import static eu.od4growth.assessment.maturity.Build.en;
import static eu.od4growth.assessment.maturity.Build.freeText;
import static eu.od4growth.assessment.maturity.Build.informational;
import static eu.od4growth.assessment.maturity.Build.level;
import static eu.od4growth.assessment.maturity.Build.numeric;
import static eu.od4growth.assessment.maturity.Build.option;
import static eu.od4growth.assessment.maturity.Build.single;
import static eu.od4growth.assessment.maturity.Build.structure;
import static eu.od4growth.assessment.maturity.Build.sub;
import static eu.od4growth.assessment.maturity.Build.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a model beyond the shape of its fields, each named by its path in the document. */
class StructureRulesTest {

    @Test
    void aWellFormedModelHasNoViolation() {
        ModelStructure model = structure(clusters(), dimension("d", sub("s", yesNo("A", 10),
                single("B", 20, option("x", 1.0), option("y", 0.0)), numeric("C", 5, band(null, 1.0, 0),
                        band(1.0, null, 1)),
                informational("I", option("a", null), option("b", null)), freeText("T"))));
        assertThat(check(ScoringStrategy.WEIGHTED, model)).isEmpty();
        assertThat(StructureRules.unpublishable(model)).isEmpty();
    }

    @Test
    void everyBreachIsNamedByItsPath() {
        ModelStructure model = structure(List.of(level("a", 0), level("a", 0)),
                dimension("d", sub("s", yesNo("A", 0), single("A", 20, option("x", null)),
                        numeric("N", 5, band(0.0, 10.0, 0), band(5.0, null, 1)), freeText("T"))),
                dimension("d", sub("s")));
        assertThat(check(ScoringStrategy.WEIGHTED, model)).extracting(Problem.Violation::field).containsExactlyInAnyOrder(
                "levels[1].code", "levels[1].from",
                "dimensions[0].subDimensions[0].questions[0].weight",
                "dimensions[0].subDimensions[0].questions[1].code",
                "dimensions[0].subDimensions[0].questions[1].options",
                "dimensions[0].subDimensions[0].questions[1].options[0].fraction",
                "dimensions[0].subDimensions[0].questions[2].bands",
                "dimensions[1].code", "dimensions[1].subDimensions[0].code");
    }

    @Test
    void aLadderNeedsTheLevelOfEveryScoredQuestionAndWholeLevelNumbers() {
        ModelStructure model = structure(List.of(level("one", 1), level("half", 1.5)),
                dimension("d", sub("s", atLevel(yesNo("A", 0), 1), yesNo("B", 0))));
        assertThat(check(ScoringStrategy.LEVEL_LADDER, model)).extracting(Problem.Violation::field)
                .containsExactlyInAnyOrder("levels[1].from", "dimensions[0].subDimensions[0].questions[1].level");
    }

    @Test
    void everyTextNeedsTheFallbackLanguage() {
        ModelStructure model = structure(List.of(), new Dimension("d", Map.of("fr", "Politique"), null,
                List.of(sub("s", yesNo("A", 10)))));
        List<Problem.Violation> violations = StructureRules.check(ScoringStrategy.WEIGHTED, "en",
                Map.of("fr", "Titre"), Map.of(), model).list();
        assertThat(violations).extracting(Problem.Violation::field).containsExactlyInAnyOrder("title",
                "dimensions[0].title");
        assertThat(violations.get(0).message()).isEqualTo("needs a text in the fallback language 'en'");
    }

    @Test
    void aModelWithoutScoredQuestionsCannotBePublished() {
        assertThat(StructureRules.unpublishable(ModelStructure.EMPTY)).containsExactly("it has no dimension",
                "it has no scored question");
        assertThat(StructureRules.unpublishable(structure(List.of(), dimension("d", sub("s", freeText("T"))))))
                .containsExactly("it has no scored question");
    }

    private static List<Problem.Violation> check(ScoringStrategy scoring, ModelStructure model) {
        return StructureRules.check(scoring, "en", en("Title"), Map.of(), model).list();
    }
}
