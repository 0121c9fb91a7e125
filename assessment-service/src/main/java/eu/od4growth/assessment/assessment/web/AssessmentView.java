package eu.od4growth.assessment.assessment.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.assessment.application.Answered;
import eu.od4growth.assessment.assessment.model.Assessment;
import eu.od4growth.assessment.assessment.model.AssessmentStatus;
import eu.od4growth.assessment.assessment.model.Profile;
import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.assessment.maturity.Question;

/** An assessment as its organisation reads it: its answers so far and how far it is. */
@Schema(name = "Assessment", description = "An assessment of an organisation's open-data maturity against a questionnaire model, as its organisation reads it: status, respondent profile, answers so far (by question code) and progress")
public record AssessmentView(UUID id, @Schema(description = "Id of the model answered") UUID model,
        @Schema(description = "Code of the model answered", examples = "od4g-local-maturity-2026") String modelCode,
        AssessmentStatus status,
        @Schema(description = "Slug of the organization assessed") String organization,
        @Schema(description = "Subject of the respondent who started it") String respondent, Profile profile,
        Map<String, Answer> answers, Progress progress, Instant submittedAt, Instant createdAt, Instant updatedAt,
        @Schema(description = "Id of the campaign it was started within; absent for a standalone assessment") UUID campaign) {

    /** How many questions are answered, and how many required ones remain. */
    @Schema(name = "AssessmentProgress", description = "How far an assessment is: questions in the model, questions answered, required questions and required questions answered (submitting needs all required ones)")
    public record Progress(@Schema(description = "Questions in the model", examples = "42") int questions,
            @Schema(description = "Questions answered so far", examples = "30") int answered,
            @Schema(description = "Questions that need an answer before submitting", examples = "38") int required,
            @Schema(description = "Required questions answered so far", examples = "28") int requiredAnswered) {
    }

    static AssessmentView of(Answered answered) {
        Assessment assessment = answered.assessment();
        int questions = 0;
        int done = 0;
        int required = 0;
        int requiredDone = 0;
        for (Question question : answered.model().structure().questions()) {
            boolean has = assessment.answers().containsKey(question.code());
            questions++;
            done += has ? 1 : 0;
            required += question.required() ? 1 : 0;
            requiredDone += question.required() && has ? 1 : 0;
        }
        return new AssessmentView(assessment.id(), assessment.modelId(), answered.model().code(),
                assessment.status(), assessment.ownerOrganisation(), assessment.createdBy(), assessment.profile(),
                assessment.answers(), new Progress(questions, done, required, requiredDone),
                assessment.submittedAt(), assessment.createdAt(), assessment.updatedAt(), assessment.campaignId());
    }
}
