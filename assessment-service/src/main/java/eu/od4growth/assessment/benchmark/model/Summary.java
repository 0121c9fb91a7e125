package eu.od4growth.assessment.benchmark.model;

import java.util.Arrays;
import java.util.Collection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.scoring.Percentages;

/**
 * Count, mean, median and quartiles of some percentages. Quartiles interpolate linearly between the two nearest
 * ranks (Hyndman and Fan's type 7, as spreadsheets' QUARTILE.INC and R's default compute them); figures are rounded
 * to two decimals. No minimum or maximum: each is one organisation's own figure.
 */
public record Summary(int count, double mean, double median, double q1, double q3) {

    /** The summary of {@code values} (nulls left out), or null when none remains. */
    public static Summary of(Collection<Double> values) {
        double[] sorted = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return null;
        }
        double mean = Arrays.stream(sorted).sum() / sorted.length;
        return new Summary(sorted.length, round(mean), round(quantile(sorted, 0.5)), round(quantile(sorted, 0.25)),
                round(quantile(sorted, 0.75)));
    }

    /** The p-quantile of sorted values, type 7: h = (n - 1) p, interpolated between floor(h) and ceil(h). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    /** Where {@code value} stands in this group: below the first quartile, … above the third. */
    public Position position(double value) {
        if (value < q1) {
            return Position.BELOW_Q1;
        }
        if (value < median) {
            return Position.Q1_TO_MEDIAN;
        }
        if (value <= q3) {
            return Position.MEDIAN_TO_Q3;
        }
        return Position.ABOVE_Q3;
    }

    private static double round(double value) {
        return Percentages.round(value);
    }

    /** A quarter of a group. */
    @Schema(description = "Where a percentage stands among the group's quartiles: below the first quartile, between Q1 and the median, between the median and Q3, or above Q3")
    public enum Position {
        BELOW_Q1,
        Q1_TO_MEDIAN,
        MEDIAN_TO_Q3,
        ABOVE_Q3
    }
}
