package eu.od4growth.assessment.scoring;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.assessment.maturity.ModelStructure;
import eu.od4growth.assessment.maturity.NotApplicableRule;
import eu.od4growth.assessment.maturity.ScoringStrategy;

import static eu.od4growth.assessment.maturity.Build.band;
import static eu.od4growth.assessment.maturity.Build.clusters;
import static eu.od4growth.assessment.maturity.Build.dimension;
import static eu.od4growth.assessment.maturity.Build.freeText;
import static eu.od4growth.assessment.maturity.Build.informational;
import static eu.od4growth.assessment.maturity.Build.multiple;
import static eu.od4growth.assessment.maturity.Build.notApplicable;
import static eu.od4growth.assessment.maturity.Build.numeric;
import static eu.od4growth.assessment.maturity.Build.option;
import static eu.od4growth.assessment.maturity.Build.scale;
import static eu.od4growth.assessment.maturity.Build.single;
import static eu.od4growth.assessment.maturity.Build.structure;
import static eu.od4growth.assessment.maturity.Build.sub;
import static eu.od4growth.assessment.maturity.Build.unsure;
import static eu.od4growth.assessment.maturity.Build.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** ODM's weighted scoring, without Quarkus: fractions by type, sums, N/A and "unsure", and the edge cases. */
class WeightedScoringTest {

    private static final Scoring WEIGHTED = Scoring.of(ScoringStrategy.WEIGHTED);

    /**
     * Policy: framework (yes/no 10, single choice 20), governance (multiple 30 capped at 0.8); portal: numeric 40, scale 20.
     */
    private static final ModelStructure MODEL = structure(clusters(),
            dimension("policy",
                    sub("framework", yesNo("P1", 10),
                            single("P2", 20, option("all", 1.0), option("majority", 0.75), option("few", 0.25),
                                    option("none", 0.0))),
                    sub("governance", multiple("P3", 30, 0.8, option("a", 0.5), option("b", 0.25), option("c", 0.25)))),
            dimension("portal",
                    sub("usage", numeric("U1", 40, band(null, 10.0, 0), band(10.0, 50.0, 0.5), band(50.0, null, 1)),
                            scale("U2", 20, 1, 5))));

    @Test
    void eachTypeEarnsItsFractionOfTheWeightAndPartsAreSums() {
        Score total = WEIGHTED.score(MODEL, Map.of("P1", Answer.choice("yes"), "P2", Answer.choice("majority"),
                "P3", Answer.choices("a", "b"), "U1", Answer.number(12), "U2", Answer.number(4)));

        assertThat(total.find("framework").score()).isEqualTo(10 + 15);
        assertThat(total.find("governance").score()).isEqualTo(22.5);
        assertThat(total.find("policy").score()).isEqualTo(47.5);
        assertThat(total.find("policy").maximum()).isEqualTo(60);
        assertThat(total.find("usage").score()).isEqualTo(20 + 15);
        assertThat(total.score()).isEqualTo(82.5);
        assertThat(total.maximum()).isEqualTo(120);
        assertThat(total.percentage()).isCloseTo(68.75, within(1e-9));
        assertThat(total.level().code()).isEqualTo("fast-tracker");
        assertThat(total.find("policy").level().code()).isEqualTo("fast-tracker");
        assertThat(total.find("portal").percentage()).isCloseTo(58.33, within(0.01));
        assertThat(total.find("portal").level().code()).isEqualTo("follower");
    }

    @Test
    void aMultipleChoiceOverItsCapEarnsTheCap() {
        Score total = WEIGHTED.score(MODEL, Map.of("P3", Answer.choices("a", "b", "c")));
        assertThat(total.find("governance").score()).isCloseTo(24, within(1e-9));
        assertThat(total.find("governance").percentage()).isCloseTo(80, within(1e-9));
    }

    @Test
    void unansweredQuestionsEarnNothingButCountInTheMaximum() {
        Score total = WEIGHTED.score(MODEL, Map.of());
        assertThat(total.score()).isZero();
        assertThat(total.maximum()).isEqualTo(120);
        assertThat(total.percentage()).isZero();
        assertThat(total.level().code()).isEqualTo("beginner");
    }

    @Test
    void aNumberOutsideEveryBandEarnsNothingAndBandEndsAreExcluded() {
        ModelStructure gap = structure(List.of(), dimension("d", sub("s", numeric("N", 10, band(0.0, 10.0, 0.5),
                band(20.0, null, 1)))));
        assertThat(WEIGHTED.score(gap, Map.of("N", Answer.number(15))).score()).isZero();
        assertThat(WEIGHTED.score(gap, Map.of("N", Answer.number(10))).score()).isZero();
        assertThat(WEIGHTED.score(gap, Map.of("N", Answer.number(20))).score()).isEqualTo(10);
        assertThat(WEIGHTED.score(gap, Map.of("N", Answer.number(-1))).score()).isZero();
    }

    @Test
    void theEndsOfAScaleEarnNothingAndEverything() {
        ModelStructure model = structure(List.of(), dimension("d", sub("s", scale("S", 8, 0, 4))));
        assertThat(WEIGHTED.score(model, Map.of("S", Answer.number(0))).score()).isZero();
        assertThat(WEIGHTED.score(model, Map.of("S", Answer.number(1))).score()).isEqualTo(2);
        assertThat(WEIGHTED.score(model, Map.of("S", Answer.number(4))).score()).isEqualTo(8);
    }

    @Test
    void notApplicableEarnsTheWeightOrLeavesTheMaximumAsTheQuestionSays() {
        ModelStructure model = structure(clusters(), dimension("d",
                sub("s", notApplicable(yesNo("FULL", 10), NotApplicableRule.FULL_CREDIT),
                        notApplicable(yesNo("OUT", 30), NotApplicableRule.EXCLUDED), yesNo("NO", 20))));
        Score total = WEIGHTED.score(model, Map.of("FULL", Answer.notApplicableAnswer(), "OUT",
                Answer.notApplicableAnswer(), "NO", Answer.choice("no")));
        assertThat(total.score()).isEqualTo(10);
        assertThat(total.maximum()).isEqualTo(30);
        assertThat(total.percentage()).isCloseTo(33.33, within(0.01));
    }

    @Test
    void allNotApplicableWithFullCreditIsTheMaximumAndExcludedLeavesNothingToScore() {
        ModelStructure full = structure(clusters(), dimension("d", sub("s",
                notApplicable(yesNo("A", 10), NotApplicableRule.FULL_CREDIT),
                notApplicable(yesNo("B", 5), NotApplicableRule.FULL_CREDIT))));
        Score credited = WEIGHTED.score(full, Map.of("A", Answer.notApplicableAnswer(), "B", Answer.notApplicableAnswer()));
        assertThat(credited.percentage()).isEqualTo(100);
        assertThat(credited.level().code()).isEqualTo("trend-setter");

        ModelStructure excluded = structure(clusters(), dimension("d", sub("s",
                notApplicable(yesNo("A", 10), NotApplicableRule.EXCLUDED),
                notApplicable(yesNo("B", 5), NotApplicableRule.EXCLUDED))));
        Score nothing = WEIGHTED.score(excluded,
                Map.of("A", Answer.notApplicableAnswer(), "B", Answer.notApplicableAnswer()));
        assertThat(nothing.maximum()).isZero();
        assertThat(nothing.percentage()).isNull();
        assertThat(nothing.level()).isNull();
        assertThat(nothing.applies()).isFalse();
    }

    @Test
    void unsureCountsZeroInTheScoreAndIsLeftOutOfThePreliminaryScore() {
        ModelStructure model = structure(clusters(), dimension("d", sub("s", unsure(yesNo("A", 10)),
                unsure(yesNo("B", 30)))));
        Score total = WEIGHTED.score(model, Map.of("A", Answer.choice("yes"), "B", Answer.unsureAnswer()));
        assertThat(total.score()).isEqualTo(10);
        assertThat(total.maximum()).isEqualTo(40);
        assertThat(total.percentage()).isEqualTo(25);
        assertThat(total.preliminaryScore()).isEqualTo(10);
        assertThat(total.preliminaryMaximum()).isEqualTo(10);
        assertThat(total.preliminaryPercentage()).isEqualTo(100);
    }

    @Test
    void allUnsureIsZeroAndHasNoPreliminaryPercentage() {
        ModelStructure model = structure(clusters(), dimension("d", sub("s", unsure(yesNo("A", 10)),
                unsure(yesNo("B", 30)))));
        Score total = WEIGHTED.score(model, Map.of("A", Answer.unsureAnswer(), "B", Answer.unsureAnswer()));
        assertThat(total.percentage()).isZero();
        assertThat(total.preliminaryMaximum()).isZero();
        assertThat(total.preliminaryPercentage()).isNull();
    }

    @Test
    void anEmptySubDimensionHasNoPercentageAndDoesNotWeighOnItsDimension() {
        ModelStructure model = structure(clusters(), dimension("d", sub("empty"), sub("s", yesNo("A", 10))));
        Score total = WEIGHTED.score(model, Map.of("A", Answer.choice("yes")));
        assertThat(total.find("empty").maximum()).isZero();
        assertThat(total.find("empty").percentage()).isNull();
        assertThat(total.find("d").percentage()).isEqualTo(100);
    }

    @Test
    void informationalAndFreeTextQuestionsOnlyScoreNothing() {
        ModelStructure model = structure(clusters(), dimension("d", sub("s", informational("I", option("top-down", null),
                option("bottom-up", null)), freeText("T"))));
        Score total = WEIGHTED.score(model, Map.of("I", Answer.choice("top-down"), "T", Answer.text("Our portal")));
        assertThat(total.score()).isZero();
        assertThat(total.maximum()).isZero();
        assertThat(total.percentage()).isNull();
        assertThat(total.level()).isNull();
    }

    @Test
    void aLevelStartsAtItsThreshold() {
        ModelStructure model = structure(clusters(), dimension("d", sub("s", single("A", 100, option("x", 0.35),
                option("y", 0.3499), option("z", 0.85)))));
        assertThat(WEIGHTED.score(model, Map.of("A", Answer.choice("x"))).level().code()).isEqualTo("follower");
        assertThat(WEIGHTED.score(model, Map.of("A", Answer.choice("y"))).level().code()).isEqualTo("beginner");
        assertThat(WEIGHTED.score(model, Map.of("A", Answer.choice("z"))).level().code()).isEqualTo("trend-setter");
    }
}
