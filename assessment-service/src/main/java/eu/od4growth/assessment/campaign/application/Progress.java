package eu.od4growth.assessment.campaign.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a campaign is: how many organisations are invited, started and submitted, and each one's state. */
@Schema(name = "CampaignProgress", description = "How far a campaign is, for its coordinators")
public record Progress(UUID campaign,
        @Schema(description = "Organizations invited", examples = "12") int invited,
        @Schema(description = "Assessments started within the campaign (submitted ones included)", examples = "8") int started,
        @Schema(description = "Assessments submitted", examples = "5") int submitted,
        @Schema(description = "Each organization invited or having started, by slug") List<Participant> organizations) {

    /** Where one organisation is within a campaign. */
    @Schema(name = "CampaignStage", description = "How far an organisation of a campaign is: INVITED (no assessment yet), STARTED (a draft assessment) or SUBMITTED")
    public enum Stage {
        INVITED,
        STARTED,
        SUBMITTED
    }

    /** One organisation: invited or not (an invitation withdrawn after starting), its stage, its assessment. */
    @Schema(name = "CampaignParticipant", description = "One organisation of a campaign, invited or having started an assessment: its stage and its assessment's dates")
    public record Participant(@Schema(description = "Slug of the organization", examples = "grand-est") String organization,
            @Schema(description = "False when the invitation was withdrawn after the assessment started") boolean invited,
            Stage stage, @Schema(description = "Id of its assessment within the campaign, once started") UUID assessment,
            Instant startedAt, Instant submittedAt) {
    }
}
