package eu.od4growth.assessment.campaign.web;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.campaign.model.Invitation;

/** One organisation invited to a campaign. */
@Schema(name = "CampaignInvitation", description = "One organisation invited to a campaign, by slug, and when it was invited")
public record InvitationView(
        @Schema(description = "Slug of the organization invited", examples = "grand-est") String organization,
        Instant invitedAt) {

    static InvitationView of(Invitation invitation) {
        return new InvitationView(invitation.organisation(), invitation.invitedAt());
    }
}
