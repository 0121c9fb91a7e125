package eu.od4growth.assessment.scoring;

import java.util.List;

import eu.od4growth.assessment.maturity.MaturityLevel;

/**
 * The score of one part of a model (the total, a dimension or a sub-dimension) and of its parts. Weighted: points
 * earned and the applicable maximum, and the preliminary score that leaves "unsure" answers out. Level ladder: the
 * level reached and the highest level; no preliminary score. {@code percentage} is null when nothing applies.
 */
public record Score(String code, double score, double maximum, Double percentage, Double preliminaryScore,
        Double preliminaryMaximum, Double preliminaryPercentage, MaturityLevel level, List<Score> parts) {

    public Score {
        parts = List.copyOf(parts);
    }

    /** Whether anything of this part counts (a maximum above zero). */
    public boolean applies() {
        return percentage != null;
    }

    /** The part with this code, searched among the parts and their parts; null if none. */
    public Score find(String code) {
        for (Score part : parts) {
            if (part.code().equals(code)) {
                return part;
            }
            Score deeper = part.find(code);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    static Double percentOf(double score, double maximum) {
        return maximum > 0 ? 100 * score / maximum : null;
    }
}
