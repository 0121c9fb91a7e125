package eu.od4growth.assessment.benchmark.model;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics of a group, checked against values computed by hand (type 7 quartiles, as QUARTILE.INC). */
class SummaryTest {

    @Test
    void countMeanMedianAndQuartilesInterpolateBetweenRanks() {
        Summary summary = Summary.of(List.of(40.0, 10.0, 30.0, 20.0, 50.0));
        assertThat(summary).isEqualTo(new Summary(5, 30.0, 30.0, 20.0, 40.0));
        // n = 4: h = 0.75 for Q1 → 10 + 0.75 × 10; median halfway between 20 and 30
        assertThat(Summary.of(List.of(10.0, 20.0, 30.0, 40.0))).isEqualTo(new Summary(4, 25.0, 25.0, 17.5, 32.5));
        assertThat(Summary.of(List.of(1.0 / 3))).isEqualTo(new Summary(1, 0.33, 0.33, 0.33, 0.33));
    }

    @Test
    void missingValuesAreLeftOutAndNoValueGivesNoSummary() {
        assertThat(Summary.of(Arrays.asList(null, 10.0, null, 30.0)).count()).isEqualTo(2);
        assertThat(Summary.of(Arrays.asList((Double) null))).isNull();
        assertThat(Summary.of(List.of())).isNull();
    }

    @Test
    void aValueFallsInOneQuarterOfItsGroup() {
        Summary summary = Summary.of(List.of(10.0, 20.0, 30.0, 40.0, 50.0));
        assertThat(summary.position(5)).isEqualTo(Summary.Position.BELOW_Q1);
        assertThat(summary.position(25)).isEqualTo(Summary.Position.Q1_TO_MEDIAN);
        assertThat(summary.position(30)).isEqualTo(Summary.Position.MEDIAN_TO_Q3);
        assertThat(summary.position(45)).isEqualTo(Summary.Position.ABOVE_Q3);
    }
}
