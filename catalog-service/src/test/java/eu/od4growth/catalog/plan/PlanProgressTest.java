package eu.od4growth.catalog.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a planned dataset stands, without Quarkus. */
class PlanProgressTest {

    private static final LocalDate TARGET = LocalDate.of(2027, 6, 30);

    @Test
    void doneOnceItsDatasetIsPublishedWhateverTheDate() {
        assertThat(PlanProgress.of(TARGET, true, TARGET.plusYears(1))).isEqualTo(PlanProgress.DONE);
        assertThat(PlanProgress.of(TARGET, true, TARGET.minusYears(1))).isEqualTo(PlanProgress.DONE);
    }

    @Test
    void onTimeUntilTheTargetDayIncludedThenLate() {
        assertThat(PlanProgress.of(TARGET, false, TARGET.minusDays(1))).isEqualTo(PlanProgress.ON_TIME);
        assertThat(PlanProgress.of(TARGET, false, TARGET)).isEqualTo(PlanProgress.ON_TIME);
        assertThat(PlanProgress.of(TARGET, false, TARGET.plusDays(1))).isEqualTo(PlanProgress.LATE);
    }

    @Test
    void theSharePublishedIsRoundedToTwoDecimals() {
        assertThat(PlanProgressView.of("x", 1, 1, 1).doneShare()).isEqualTo(0.33);
        assertThat(PlanProgressView.of("x", 0, 0, 0).doneShare()).isZero();
        assertThat(PlanProgressView.of("x", 2, 0, 0).planned()).isEqualTo(2);
    }
}
