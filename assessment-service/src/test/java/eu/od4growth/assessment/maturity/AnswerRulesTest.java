package eu.od4growth.assessment.maturity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.od4growth.common.problem.Problem;

import static eu.od4growth.assessment.maturity.Build.band;
import static eu.od4growth.assessment.maturity.Build.dimension;
import static eu.od4growth.assessment.maturity.Build.freeText;
import static eu.od4growth.assessment.maturity.Build.multiple;
import static eu.od4growth.assessment.maturity.Build.notApplicable;
import static eu.od4growth.assessment.maturity.Build.numeric;
import static eu.od4growth.assessment.maturity.Build.option;
import static eu.od4growth.assessment.maturity.Build.optional;
import static eu.od4growth.assessment.maturity.Build.scale;
import static eu.od4growth.assessment.maturity.Build.single;
import static eu.od4growth.assessment.maturity.Build.structure;
import static eu.od4growth.assessment.maturity.Build.sub;
import static eu.od4growth.assessment.maturity.Build.unsure;
import static eu.od4growth.assessment.maturity.Build.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

/** Answers checked against their model: one violation per bad answer, named answers.<code>. */
class AnswerRulesTest {

    private static final ModelStructure MODEL = structure(List.of(), dimension("d", sub("s",
            yesNo("YN", 10), unsure(notApplicable(single("SC", 10, option("a", 1.0), option("b", 0.0)),
                    NotApplicableRule.EXCLUDED)),
            multiple("MC", 10, 1, option("a", 0.5), option("b", 0.5)), numeric("NU", 10, band(null, null, 1)),
            scale("SL", 10, 1, 5), optional(freeText("FT")))));

    @Test
    void goodAnswersPass() {
        Map<String, Answer> answers = Map.of("YN", Answer.choice("no"), "SC", Answer.unsureAnswer(), "MC",
                Answer.choices("a", "b"), "NU", Answer.number(-3.5), "SL", Answer.number(5), "FT", Answer.text("ok"));
        assertThat(AnswerRules.check(MODEL, answers).isEmpty()).isTrue();
        assertThat(AnswerRules.check(MODEL, Map.of("SC", Answer.notApplicableAnswer())).isEmpty()).isTrue();
    }

    @Test
    void eachBadAnswerIsOneViolation() {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("nope", Answer.choice("yes"));
        answers.put("YN", Answer.choice("maybe"));
        answers.put("SC", Answer.number(1));
        answers.put("MC", Answer.choices("a", "c"));
        answers.put("NU", Answer.notApplicableAnswer());
        answers.put("SL", Answer.number(6));
        answers.put("FT", new Answer("a", null, null, "b", null, null));
        answers.put("cleared", null);
        List<Problem.Violation> violations = AnswerRules.check(MODEL, answers).list();
        assertThat(violations).extracting(Problem.Violation::field).containsExactlyInAnyOrder("answers.nope",
                "answers.YN", "answers.SC", "answers.MC", "answers.NU", "answers.SL", "answers.FT");
        assertThat(message(violations, "answers.nope")).isEqualTo("no question 'nope' in this model");
        assertThat(message(violations, "answers.YN")).isEqualTo("option 'maybe' is not offered; choose 'yes' or 'no'");
        assertThat(message(violations, "answers.SC")).isEqualTo("a SINGLE_CHOICE question takes one choice");
        assertThat(message(violations, "answers.MC")).isEqualTo("option 'c' is not offered; one of a, b");
        assertThat(message(violations, "answers.NU")).isEqualTo("'not applicable' is not an answer to this question");
        assertThat(message(violations, "answers.SL")).isEqualTo("6 is off the scale: from 1 to 5");
        assertThat(message(violations, "answers.FT")).startsWith("says several things");
    }

    @Test
    void unsureOnlyWhereAllowedAndAScaleTakesWholeNumbers() {
        assertThat(AnswerRules.check(MODEL, Map.of("YN", Answer.unsureAnswer())).list())
                .extracting(Problem.Violation::message).containsExactly("'unsure' is not an answer to this question");
        assertThat(AnswerRules.check(MODEL, Map.of("SL", Answer.number(2.5))).list()).hasSize(1);
        assertThat(AnswerRules.check(MODEL, Map.of("MC", Answer.choices("a", "a"))).list()).hasSize(1);
    }

    @Test
    void missingRequiredAnswersAreListedOptionalOnesNot() {
        assertThat(AnswerRules.missing(MODEL, Map.of("YN", Answer.choice("yes"), "SC", Answer.unsureAnswer())).list())
                .extracting(Problem.Violation::field).containsExactly("answers.MC", "answers.NU", "answers.SL");
    }

    private static String message(List<Problem.Violation> violations, String field) {
        return violations.stream().filter(v -> v.field().equals(field)).findFirst().orElseThrow().message();
    }
}
