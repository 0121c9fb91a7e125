package eu.od4growth.assessment.scoring;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.assessment.maturity.ModelStructure;
import eu.od4growth.assessment.maturity.NotApplicableRule;
import eu.od4growth.assessment.maturity.ScoringStrategy;

import static eu.od4growth.assessment.maturity.Build.atLevel;
import static eu.od4growth.assessment.maturity.Build.dimension;
import static eu.od4growth.assessment.maturity.Build.informational;
import static eu.od4growth.assessment.maturity.Build.ladder;
import static eu.od4growth.assessment.maturity.Build.notApplicable;
import static eu.od4growth.assessment.maturity.Build.option;
import static eu.od4growth.assessment.maturity.Build.single;
import static eu.od4growth.assessment.maturity.Build.structure;
import static eu.od4growth.assessment.maturity.Build.sub;
import static eu.od4growth.assessment.maturity.Build.unsure;
import static eu.od4growth.assessment.maturity.Build.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

/** The ODI Pathway's level ladder, without Quarkus: the chain stops at the first unfulfilled level; parts take the lowest. */
class LevelLadderScoringTest {

    private static final Scoring LADDER = Scoring.of(ScoringStrategy.LEVEL_LADDER);

    /** Release process: levels 1, 2 (two questions), 3; governance: levels 1 and 2; a second dimension. */
    private static final ModelStructure MODEL = structure(ladder(),
            dimension("processes",
                    sub("release", atLevel(yesNo("R1", 0), 1), atLevel(yesNo("R2a", 0), 2),
                            atLevel(yesNo("R2b", 0), 2), atLevel(yesNo("R3", 0), 3)),
                    sub("governance", atLevel(yesNo("G1", 0), 1), atLevel(yesNo("G2", 0), 2))),
            dimension("strategy", sub("plan", atLevel(yesNo("S1", 0), 1), atLevel(yesNo("S4", 0), 4))));

    @Test
    void anActivityReachesTheHighestLevelWhoseQuestionsAndAllLowerOnesAreFulfilled() {
        Score total = LADDER.score(MODEL, Map.of("R1", yes(), "R2a", yes(), "R2b", yes(), "R3", yes(),
                "G1", yes(), "G2", yes(), "S1", yes(), "S4", yes()));
        assertThat(total.find("release").score()).isEqualTo(3);
        assertThat(total.find("release").maximum()).isEqualTo(5);
        assertThat(total.find("release").percentage()).isEqualTo(60);
        assertThat(total.find("release").level().code()).isEqualTo("defined");
        assertThat(total.find("plan").score()).isEqualTo(4);
        assertThat(total.find("processes").score()).isEqualTo(2);
        assertThat(total.score()).isEqualTo(2);
        assertThat(total.level().code()).isEqualTo("repeatable");
    }

    @Test
    void theChainStopsAtTheFirstUnfulfilledLevelEvenIfHigherOnesAreFulfilled() {
        Score total = LADDER.score(MODEL, Map.of("R1", yes(), "R2a", yes(), "R2b", no(), "R3", yes()));
        assertThat(total.find("release").score()).isEqualTo(1);
        assertThat(total.find("release").level().code()).isEqualTo("initial");
    }

    @Test
    void nothingFulfilledIsLevelZeroWithoutAName() {
        Score total = LADDER.score(MODEL, Map.of());
        assertThat(total.find("release").score()).isZero();
        assertThat(total.find("release").percentage()).isZero();
        assertThat(total.find("release").level()).isNull();
        assertThat(total.score()).isZero();
    }

    @Test
    void aPartialChoiceDoesNotFulfilALevel() {
        ModelStructure model = structure(ladder(), dimension("d", sub("a",
                atLevel(single("Q", 0, option("fully", 1.0), option("partly", 0.5), option("no", 0.0)), 1))));
        assertThat(LADDER.score(model, Map.of("Q", Answer.choice("partly"))).score()).isZero();
        assertThat(LADDER.score(model, Map.of("Q", Answer.choice("fully"))).score()).isEqualTo(1);
    }

    @Test
    void notApplicableFulfilsWithFullCreditAndIsIgnoredWhenExcluded() {
        ModelStructure model = structure(ladder(), dimension("d", sub("a",
                atLevel(yesNo("L1", 0), 1),
                atLevel(notApplicable(yesNo("L2", 0), NotApplicableRule.FULL_CREDIT), 2),
                atLevel(notApplicable(yesNo("L3", 0), NotApplicableRule.EXCLUDED), 3),
                atLevel(yesNo("L4", 0), 4))));
        Score total = LADDER.score(model, Map.of("L1", yes(), "L2", Answer.notApplicableAnswer(), "L3",
                Answer.notApplicableAnswer(), "L4", yes()));
        assertThat(total.find("a").score()).isEqualTo(4);
    }

    @Test
    void allNotApplicableExcludedLeavesAnActivityWithoutLevelThatPullsNothingDown() {
        ModelStructure model = structure(ladder(),
                dimension("d", sub("excluded", atLevel(notApplicable(yesNo("X", 0), NotApplicableRule.EXCLUDED), 1)),
                        sub("real", atLevel(yesNo("R", 0), 1))));
        Score total = LADDER.score(model, Map.of("X", Answer.notApplicableAnswer(), "R", yes()));
        assertThat(total.find("excluded").applies()).isFalse();
        assertThat(total.find("d").score()).isEqualTo(1);
    }

    @Test
    void unsureNeverFulfilsALevel() {
        ModelStructure model = structure(ladder(), dimension("d", sub("a", atLevel(unsure(yesNo("Q", 0)), 1))));
        Score total = LADDER.score(model, Map.of("Q", Answer.unsureAnswer()));
        assertThat(total.score()).isZero();
        assertThat(total.preliminaryPercentage()).isNull();
    }

    @Test
    void emptyActivitiesAndInformationalQuestionsHaveNoLevel() {
        ModelStructure model = structure(ladder(), dimension("d", sub("empty"),
                sub("info", informational("I", option("a", null), option("b", null)))));
        Score total = LADDER.score(model, Map.of("I", Answer.choice("a")));
        assertThat(total.find("empty").applies()).isFalse();
        assertThat(total.find("info").applies()).isFalse();
        assertThat(total.applies()).isFalse();
        assertThat(total.level()).isNull();
    }

    @Test
    void withoutNamedLevelsTheTopIsTheHighestQuestionLevel() {
        ModelStructure model = structure(List.of(), dimension("d", sub("a", atLevel(yesNo("A", 0), 1),
                atLevel(yesNo("B", 0), 3))));
        Score total = LADDER.score(model, Map.of("A", yes(), "B", yes()));
        assertThat(total.maximum()).isEqualTo(3);
        assertThat(total.percentage()).isEqualTo(100);
    }

    private static Answer yes() {
        return Answer.choice("yes");
    }

    private static Answer no() {
        return Answer.choice("no");
    }
}
