package eu.od4growth.assessment.scoring;

import java.util.ArrayList;
import java.util.List;

import eu.od4growth.assessment.maturity.MaturityLevel;

/**
 * How an organisation moved between two assessments of one model family: the change of the total and of each
 * dimension of the current model, in percentage points, and the maturity level before and after. A dimension the
 * previous model did not have has no previous value.
 */
public record Evolution(Change total, List<Change> dimensions) {

    /** One part before and after; {@code delta} in percentage points, null when either side has no percentage. */
    public record Change(String code, Double previousPercentage, Double percentage, Double delta,
            MaturityLevel previousLevel, MaturityLevel level) {

        static Change of(Score previous, Score current) {
            Double before = previous == null ? null : previous.percentage();
            Double delta = before == null || current.percentage() == null ? null : current.percentage() - before;
            return new Change(current.code(), before, current.percentage(), delta,
                    previous == null ? null : previous.level(), current.level());
        }

        /** Whether the maturity level is not the same as before. */
        public boolean levelChanged() {
            String before = previousLevel == null ? null : previousLevel.code();
            String after = level == null ? null : level.code();
            return before == null ? after != null : !before.equals(after);
        }
    }

    public static Evolution between(Score previous, Score current) {
        List<Change> dimensions = new ArrayList<>();
        for (Score dimension : current.parts()) {
            Score before = previous.parts().stream().filter(p -> p.code().equals(dimension.code())).findFirst()
                    .orElse(null);
            dimensions.add(Change.of(before, dimension));
        }
        return new Evolution(Change.of(previous, current), dimensions);
    }
}
