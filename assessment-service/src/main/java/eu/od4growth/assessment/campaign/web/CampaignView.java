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
@Schema(name = "Campaign", description = "An assessment campaign: an organisation (e.g. a region) invites public bodies to assess themselves with one questionnaire model; while it is OPEN, assessments start within it from opensOn to closesOn (days, both included); read by its coordinators and the organisations invited")
public record CampaignView(UUID id, @Schema(description = "Id of the questionnaire model answered") UUID model,
        @Schema(description = "Title by language code", examples = "{\"en\": \"Open data maturity of Grand Est 2027\", \"fr\": \"Maturité open data du Grand Est 2027\"}") Map<String, String> title,
        @Schema(description = "Description by language code") Map<String, String> description,
        LocalDate opensOn, LocalDate closesOn,
        @Schema(description = "Kinds of public body the campaign is meant for; empty: any") List<OrganisationType> targetTypes,
        @Schema(description = "NUTS codes of the regions the campaign is meant for; empty: any", examples = "[\"FRF1\", \"FRF2\"]") List<String> targetRegions,
        CampaignStatus status,
        @Schema(description = "Slug of the organization running the campaign") String organization,
        Instant createdAt, Instant updatedAt) {

    static CampaignView of(Campaign campaign) {
        return new CampaignView(campaign.id(), campaign.modelId(), campaign.title(), campaign.description(),
                campaign.period().opensOn(), campaign.period().closesOn(), campaign.targetTypes(),
                campaign.targetRegions(), campaign.status(), campaign.ownerOrganisation(), campaign.createdAt(),
                campaign.updatedAt());
    }
}
