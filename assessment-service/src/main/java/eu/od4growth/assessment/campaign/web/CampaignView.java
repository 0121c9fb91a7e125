package eu.od4growth.assessment.campaign.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.assessment.model.OrganisationType;
import eu.od4growth.assessment.campaign.model.Campaign;
import eu.od4growth.assessment.campaign.model.CampaignStatus;

/** A campaign as its coordinators and invited organisations read it. */
@Schema(name = "Campaign")
public record CampaignView(UUID id, @Schema(description = "Id of the questionnaire model answered") UUID model,
        Map<String, String> title, Map<String, String> description, LocalDate opensOn, LocalDate closesOn,
        List<OrganisationType> targetTypes, List<String> targetRegions, CampaignStatus status,
        @Schema(description = "Slug of the organization running the campaign") String organization,
        Instant createdAt, Instant updatedAt) {

    static CampaignView of(Campaign campaign) {
        return new CampaignView(campaign.id(), campaign.modelId(), campaign.title(), campaign.description(),
                campaign.period().opensOn(), campaign.period().closesOn(), campaign.targetTypes(),
                campaign.targetRegions(), campaign.status(), campaign.ownerOrganisation(), campaign.createdAt(),
                campaign.updatedAt());
    }
}
