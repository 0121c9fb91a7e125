package eu.od4growth.assessment.assessment.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.assessment.model.Profile;

/**
 * What a respondent sends to start an assessment: the published model to answer, who is answering, and within which campaign.
 */
@Schema(name = "AssessmentStart")
public record StartRequest(
        @NotNull @Schema(description = "Id of a published model") UUID model,
        @NotNull @Valid Profile profile,
        @Schema(description = "Id of the open campaign the caller's organization is invited to, to start the assessment within it; absent for a standalone assessment") UUID campaign) {
}
