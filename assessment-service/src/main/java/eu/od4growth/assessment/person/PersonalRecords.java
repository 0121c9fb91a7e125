package eu.od4growth.assessment.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.maturity.Answer;

/**
 * What the assessment service holds about one person (their OIDC subject), by kind of record: the records they
 * authored, with the personal fields kept about them. The shape of the suite's persons protocol.
 */
@Schema(name = "AssessmentPersonalData", description = "What the assessment service holds about one person, by kind of record: the assessments they started (with the answers, free texts included), the models and campaigns they drafted, the invitations they sent, the objectives and actions they wrote, and the actions naming them as responsible", example = """
        {"service": "assessment", "subject": "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e",
         "records": {"assessments": [{"id": "5b0e7c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c", "organization": "grand-est",
           "model": "3f1c0c8e-6a7b-4f0e-9d2a-0d4c0a000001", "status": "SUBMITTED", "createdAt": "2026-11-20T09:00:00Z",
           "submittedAt": "2026-11-21T10:30:00Z", "answers": {"POL.1.1": {"choice": "yes"}}}],
          "questionnaireModels": [], "campaigns": [], "invitations": [], "objectives": [], "planActions": [],
          "responsibleActions": []}}""")
public record PersonalRecords(
        @Schema(description = "The service that answers: always assessment", examples = "assessment") String service,
        @Schema(description = "The person's OIDC subject", examples = "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e") String subject,
        Records records) {

    /** The records, by kind; every kind is present, empty when the person has none of it. */
    @Schema(name = "AssessmentPersonalRecords", description = "The person's records in the assessment service, by kind; every kind is present, empty when there is none", example = """
            {"assessments": [], "questionnaireModels": [], "campaigns": [],
             "invitations": [{"campaign": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "organization": "eurometropole-strasbourg",
               "invitedAt": "2026-11-02T08:15:00Z"}],
             "objectives": [], "planActions": [], "responsibleActions": []}""")
    public record Records(
            @Schema(description = "Assessments the person started (created_by: the respondent)") List<StartedAssessment> assessments,
            @Schema(description = "Questionnaire models the person drafted or imported") List<AuthoredRecord> questionnaireModels,
            @Schema(description = "Campaigns the person drafted") List<AuthoredRecord> campaigns,
            @Schema(description = "Campaign invitations the person sent") List<SentInvitation> invitations,
            @Schema(description = "Action-plan objectives the person wrote") List<AuthoredObjective> objectives,
            @Schema(description = "Action-plan actions the person wrote") List<AuthoredAction> planActions,
            @Schema(description = "Actions of the person's organisation whose responsible is exactly their name, username or e-mail (matched only when the person asks for themselves: an administrator's request has no name to match)") List<AuthoredAction> responsibleActions) {
    }

    /** An assessment the person started for their organisation, with its answers (free texts are theirs). */
    @Schema(name = "AssessmentPersonalAssessment", description = "An assessment the person started for their organization, with its answers by question code (free-text answers are their writing)")
    public record StartedAssessment(UUID id,
            @Schema(description = "Slug of the organization assessed", examples = "grand-est") String organization,
            @Schema(description = "Id of the model answered") UUID model,
            @Schema(description = "Id of the campaign it was started within; absent for a standalone assessment") UUID campaign,
            @Schema(description = "DRAFT or SUBMITTED", examples = "SUBMITTED") String status, Instant createdAt,
            Instant submittedAt, Map<String, Answer> answers) {
    }

    /** A model or campaign the person drafted. */
    @Schema(name = "AssessmentPersonalRecord", description = "A questionnaire model or campaign the person drafted")
    public record AuthoredRecord(UUID id,
            @Schema(description = "Slug of the organization that owns it", examples = "grand-est") String organization,
            @Schema(description = "Its status", examples = "PUBLISHED") String status,
            @Schema(description = "Its title by language code") Map<String, String> title,
            Instant createdAt) {
    }

    /** An invitation to a campaign that the person sent. */
    @Schema(name = "AssessmentPersonalInvitation", description = "An organization's invitation to a campaign, sent by the person")
    public record SentInvitation(@Schema(description = "Id of the campaign") UUID campaign,
            @Schema(description = "Slug of the organization invited", examples = "eurometropole-strasbourg") String organization,
            Instant invitedAt) {
    }

    /** An objective of an action plan that the person wrote. */
    @Schema(name = "AssessmentPersonalObjective", description = "An action-plan objective the person wrote")
    public record AuthoredObjective(UUID id,
            @Schema(description = "Slug of the organization whose plan it is", examples = "grand-est") String organization,
            @Schema(description = "Code of the dimension", examples = "policy") String dimension,
            @Schema(description = "Its free-text description") String description, LocalDate dueOn, Instant createdAt) {
    }

    /** An action of an action plan: written by the person, or naming them as responsible. */
    @Schema(name = "AssessmentPersonalAction", description = "An action-plan action written by the person or naming them as responsible")
    public record AuthoredAction(UUID id,
            @Schema(description = "Slug of the organization whose plan it is", examples = "grand-est") String organization,
            @Schema(description = "What is to be done", examples = "Name a data officer") String title,
            @Schema(description = "Who is responsible: a name or a role", examples = "Direction du numérique") String responsible,
            Instant createdAt) {
    }
}
