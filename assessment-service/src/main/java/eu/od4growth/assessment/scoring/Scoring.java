package eu.od4growth.assessment.scoring;

import java.util.Map;

import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.assessment.maturity.ModelStructure;
import eu.od4growth.assessment.maturity.ScoringStrategy;

/** A way to turn the answers to a model into a score tree: the total, its dimensions and their sub-dimensions. */
public interface Scoring {

    /** The code of the total in a score tree. */
    String TOTAL = "total";

    Score score(ModelStructure structure, Map<String, Answer> answers);

    static Scoring of(ScoringStrategy strategy) {
        switch (strategy) {
            case LEVEL_LADDER:
                return new LevelLadderScoring();
            case WEIGHTED:
            default:
                return new WeightedScoring();
        }
    }
}
