package eu.od4growth.assessment.assessment.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.assessment.maturity.ModelStructure;
import eu.od4growth.common.problem.InvalidInputException;
import eu.od4growth.common.problem.ProblemException;

import static eu.od4growth.assessment.maturity.Build.dimension;
import static eu.od4growth.assessment.maturity.Build.optional;
import static eu.od4growth.assessment.maturity.Build.structure;
import static eu.od4growth.assessment.maturity.Build.sub;
import static eu.od4growth.assessment.maturity.Build.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The assessment's state machine and answering rules, without Quarkus. */
class AssessmentLifecycleTest {

    private static final ModelStructure MODEL = structure(List.of(), dimension("d", sub("s", yesNo("A", 10),
            optional(yesNo("B", 10)))));

    @Test
    void theMachineGoesFromDraftToSubmittedAndBackOnlyByReopening() {
        assertThat(Assessment.LIFECYCLE.initial()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(Assessment.LIFECYCLE.next(AssessmentStatus.DRAFT, AssessmentAction.SUBMIT))
                .isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(Assessment.LIFECYCLE.next(AssessmentStatus.SUBMITTED, AssessmentAction.REOPEN))
                .isEqualTo(AssessmentStatus.DRAFT);
        assertThatThrownBy(() -> Assessment.LIFECYCLE.next(AssessmentStatus.DRAFT, AssessmentAction.REOPEN))
                .isInstanceOf(ProblemException.class)
                .hasMessage("Cannot reopen a draft assessment; only a submitted assessment can be");
        assertThatThrownBy(() -> Assessment.LIFECYCLE.next(AssessmentStatus.SUBMITTED, AssessmentAction.SUBMIT))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void answersMergeAndANullClearsAndABadOneWritesNothing() {
        Assessment assessment = started();
        assessment.answer(MODEL, Map.of("A", Answer.choice("yes"), "B", Answer.choice("no")));
        java.util.HashMap<String, Answer> change = new java.util.HashMap<>();
        change.put("B", null);
        assessment.answer(MODEL, change);
        assertThat(assessment.answers()).containsOnlyKeys("A");
        assertThatThrownBy(() -> assessment.answer(MODEL, Map.of("A", Answer.choice("no"), "X", Answer.choice("yes"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(assessment.answers()).containsEntry("A", Answer.choice("yes"));
    }

    @Test
    void submittingNeedsTheRequiredAnswersAndFreezesUntilReopened() {
        Assessment assessment = started();
        assertThatThrownBy(() -> assessment.submit(MODEL, Instant.EPOCH)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).isEqualTo("answers.A")));
        assessment.answer(MODEL, Map.of("A", Answer.choice("yes")));
        assessment.submit(MODEL, Instant.EPOCH);
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(assessment.submittedAt()).isEqualTo(Instant.EPOCH);
        assertThatThrownBy(() -> assessment.answer(MODEL, Map.of("B", Answer.choice("yes"))))
                .isInstanceOf(ProblemException.class).hasMessageContaining("read-only until a coordinator reopens it");
        assessment.reopen();
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(assessment.submittedAt()).isNull();
        assessment.answer(MODEL, Map.of("B", Answer.choice("yes")));
        assertThat(assessment.answers()).hasSize(2);
    }

    private static Assessment started() {
        return Assessment.start(UUID.randomUUID(), "family", null,
                new Profile(OrganisationType.REGIONAL_COUNCIL, PointOfView.DATA_PROVIDER, "FRF"), "grand-est",
                "respondent-ge");
    }
}
