package eu.od4growth.workshop.feedback.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How one rating was given: how many answers, their mean, and how many gave each value from 1 to 5. */
@Schema(name = "RatingStats", description = "How one rating (1 to 5) was given: the number of answers, their mean and how many gave each value")
public record RatingStats(@Schema(description = "Number of answers", examples = "12") long count,
        @Schema(description = "Mean, rounded to two decimals; null without answers", examples = "4.25", nullable = true) Double mean,
        @Schema(description = "How many answers gave each value, keys 1 to 5", examples = "{\"1\": 0, \"2\": 0, \"3\": 1, \"4\": 7, \"5\": 4}") Map<String, Long> distribution) {

    public static RatingStats of(List<Integer> ratings) {
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (int value = Ratings.LOWEST; value <= Ratings.HIGHEST; value++) {
            distribution.put(String.valueOf(value), 0L);
        }
        long sum = 0;
        for (int rating : ratings) {
            distribution.merge(String.valueOf(rating), 1L, Long::sum);
            sum += rating;
        }
        Double mean = ratings.isEmpty() ? null : Math.round(100.0 * sum / ratings.size()) / 100.0;
        return new RatingStats(ratings.size(), mean, distribution);
    }
}
