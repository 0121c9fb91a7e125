package eu.od4growth.assessment.scoring;

import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.assessment.maturity.ModelStructure;
import eu.od4growth.assessment.maturity.ScoringStrategy;

import static eu.od4growth.assessment.maturity.Build.clusters;
import static eu.od4growth.assessment.maturity.Build.dimension;
import static eu.od4growth.assessment.maturity.Build.structure;
import static eu.od4growth.assessment.maturity.Build.sub;
import static eu.od4growth.assessment.maturity.Build.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

/** Strengths, weaknesses and evolution from score trees, without Quarkus. */
class HighlightsAndEvolutionTest {

    private static final Scoring WEIGHTED = Scoring.of(ScoringStrategy.WEIGHTED);
    private static final ModelStructure MODEL = structure(clusters(),
            dimension("policy", sub("p1", yesNo("A", 10), yesNo("B", 10)), sub("p2", yesNo("C", 10))),
            dimension("portal", sub("q1", yesNo("D", 10), yesNo("E", 10), yesNo("F", 10), yesNo("G", 10)),
                    sub("q2", yesNo("H", 10)), sub("empty")));

    @Test
    void strengthsAreTheBestSubDimensionsAndWeaknessesTheWorstNeverBoth() {
        Score total = WEIGHTED.score(MODEL, Map.of("A", yes(), "C", yes(), "D", yes(), "E", yes(), "F", yes()));
        Highlights highlights = Highlights.of(total);
        assertThat(highlights.strengths()).extracting(Score::code).containsExactly("p2", "q1");
        assertThat(highlights.weaknesses()).extracting(Score::code).containsExactly("q2", "p1");
    }

    @Test
    void aSingleSubDimensionIsAStrengthOnly() {
        ModelStructure one = structure(clusters(), dimension("d", sub("only", yesNo("A", 10))));
        Highlights highlights = Highlights.of(WEIGHTED.score(one, Map.of()));
        assertThat(highlights.strengths()).extracting(Score::code).containsExactly("only");
        assertThat(highlights.weaknesses()).isEmpty();
    }

    @Test
    void evolutionGivesPercentagePointsAndLevelChangesPerDimension() {
        Score before = WEIGHTED.score(MODEL, Map.of("A", yes()));
        Score after = WEIGHTED.score(MODEL, Map.of("A", yes(), "B", yes(), "C", yes(), "D", yes()));
        Evolution evolution = Evolution.between(before, after);
        Evolution.Change policy = evolution.dimensions().get(0);
        assertThat(policy.code()).isEqualTo("policy");
        assertThat(policy.previousPercentage()).isCloseTo(33.33, org.assertj.core.api.Assertions.within(0.01));
        assertThat(policy.percentage()).isEqualTo(100);
        assertThat(policy.delta()).isCloseTo(66.67, org.assertj.core.api.Assertions.within(0.01));
        assertThat(policy.previousLevel().code()).isEqualTo("beginner");
        assertThat(policy.level().code()).isEqualTo("trend-setter");
        assertThat(policy.levelChanged()).isTrue();
        assertThat(evolution.dimensions().get(1).levelChanged()).isFalse();
        assertThat(evolution.total().delta()).isCloseTo(37.5, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aDimensionTheEarlierModelLackedHasNoPreviousValue() {
        ModelStructure earlier = structure(clusters(), dimension("policy", sub("p1", yesNo("A", 10))));
        Score before = WEIGHTED.score(earlier, Map.of("A", yes()));
        Score after = WEIGHTED.score(MODEL, Map.of("D", yes()));
        Evolution.Change portal = Evolution.between(before, after).dimensions().get(1);
        assertThat(portal.previousPercentage()).isNull();
        assertThat(portal.delta()).isNull();
        assertThat(portal.levelChanged()).isTrue();
    }

    private static Answer yes() {
        return Answer.choice("yes");
    }
}
