package eu.od4growth.assessment.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the assessment service erased for one person, as counts of records by kind. A repeated erasure finds nothing
 * left and answers zeros.
 */
@Schema(name = "AssessmentErasure", description = "What the assessment service erased for one person: how many records of each kind lost the link to them (the who fields now say 'erased'); the records themselves stay with their organization. A repeated erasure answers zeros", example = """
        {"service": "assessment", "subject": "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e",
         "erased": {"assessments": 2, "questionnaireModels": 0, "campaigns": 1, "invitations": 3, "objectives": 0,
          "planActions": 1, "responsibleActions": 0}}""")
public record PersonalErasure(
        @Schema(description = "The service that answers: always assessment", examples = "assessment") String service,
        @Schema(description = "The person's OIDC subject", examples = "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e") String subject,
        Erased erased) {

    /** Counts by kind, the same kinds as {@link PersonalRecords.Records}. */
    @Schema(name = "AssessmentErasedCounts", description = "How many records of each kind were anonymised")
    public record Erased(@Schema(examples = "2") long assessments, @Schema(examples = "0") long questionnaireModels,
            @Schema(examples = "1") long campaigns, @Schema(examples = "3") long invitations,
            @Schema(examples = "0") long objectives, @Schema(examples = "1") long planActions,
            @Schema(examples = "0") long responsibleActions) {
    }
}
