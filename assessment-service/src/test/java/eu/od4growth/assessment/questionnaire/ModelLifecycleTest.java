package eu.od4growth.assessment.questionnaire;

import org.junit.jupiter.api.Test;

import eu.od4growth.common.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The questionnaire model's state machine, without Quarkus: a draft is published once and frozen for good. */
class ModelLifecycleTest {

    @Test
    void aModelStartsAsADraftAndIsPublishedOnce() {
        assertThat(QuestionnaireModel.LIFECYCLE.initial()).isEqualTo(ModelStatus.DRAFT);
        assertThat(QuestionnaireModel.LIFECYCLE.next(ModelStatus.DRAFT, ModelAction.PUBLISH))
                .isEqualTo(ModelStatus.PUBLISHED);
        assertThatThrownBy(() -> QuestionnaireModel.LIFECYCLE.next(ModelStatus.PUBLISHED, ModelAction.PUBLISH))
                .isInstanceOf(ProblemException.class)
                .hasMessage("Cannot publish a published model; only a draft model can be");
    }
}
