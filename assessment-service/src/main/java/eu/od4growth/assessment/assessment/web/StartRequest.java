package eu.od4growth.assessment.assessment.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.assessment.model.Profile;

/**
 * What a respondent sends to start an assessment: the published model to answer, who is answering, and within which campaign.
 */
@Schema(name = "AssessmentStart", description = "What a respondent sends to start an assessment: the published questionnaire model to answer, the respondent's profile, and optionally the open campaign it belongs to. The assessment starts as a draft of the caller's organisation")
public record StartRequest(
        @NotNull @Schema(description = "Id of a published model", examples = "3f2b8c1e-6d4a-4e9b-a1c7-5e0d9f2b7a41") UUID model,
        @NotNull @Valid Profile profile,
        @Schema(description = "Id of the open campaign the caller's organization is invited to, to start the assessment within it; absent for a standalone assessment") UUID campaign) {
}
