package eu.od4growth.assessment.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Strengths and weaknesses: the best and the worst sub-dimensions by percentage, at most {@link #MAX} each and never
 * the same one on both sides. Sub-dimensions where nothing applies are neither.
 */
public record Highlights(List<Score> strengths, List<Score> weaknesses) {

    public static final int MAX = 3;

    public static Highlights of(Score total) {
        List<Score> subDimensions = new ArrayList<>();
        for (Score dimension : total.parts()) {
            dimension.parts().stream().filter(Score::applies).forEach(subDimensions::add);
        }
        // stable: equal percentages keep the model's order
        List<Score> best = subDimensions.stream().sorted(Comparator.comparing(Score::percentage).reversed()).toList();
        int each = subDimensions.size() == 1 ? 1 : Math.min(MAX, subDimensions.size() / 2);
        List<Score> strengths = best.subList(0, each);
        List<Score> weaknesses = new ArrayList<>(best.subList(best.size() - Math.min(each,
                best.size() - strengths.size()), best.size()));
        java.util.Collections.reverse(weaknesses);
        return new Highlights(List.copyOf(strengths), List.copyOf(weaknesses));
    }
}
