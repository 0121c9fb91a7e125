package eu.od4growth.workshop.feedback;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.od4growth.common.problem.InvalidInputException;
import eu.od4growth.workshop.feedback.model.RatingStats;
import eu.od4growth.workshop.feedback.model.Ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregates of one rating and the 1-5 rule, without Quarkus. */
class RatingStatsTest {

    @Test
    void countMeanAndDistributionFromOneToFive() {
        RatingStats stats = RatingStats.of(List.of(5, 4, 4, 3, 5, 1));
        assertThat(stats.count()).isEqualTo(6);
        assertThat(stats.mean()).isEqualTo(3.67);
        assertThat(stats.distribution()).containsExactly(java.util.Map.entry("1", 1L), java.util.Map.entry("2", 0L),
                java.util.Map.entry("3", 1L), java.util.Map.entry("4", 2L), java.util.Map.entry("5", 2L));
    }

    @Test
    void noAnswerHasNoMeanAndEmptyBuckets() {
        RatingStats stats = RatingStats.of(List.of());
        assertThat(stats.mean()).isNull();
        assertThat(stats.distribution().values()).containsOnly(0L).hasSize(5);
    }

    @Test
    void ratingsOutsideOneToFiveAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new Ratings(0, 6)).isInstanceOf(InvalidInputException.class);
        assertThat(new Ratings(1, 5).organisation()).isEqualTo(5);
    }
}
