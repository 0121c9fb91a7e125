package eu.od4growth.assessment.campaign.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.assessment.model.OrganisationType;
import eu.od4growth.assessment.assessment.model.Profile;
import eu.od4growth.assessment.campaign.model.Campaign;
import eu.od4growth.common.validation.MultilingualText;

/** What a coordinator decides about a campaign: the model, the texts, the period and the target population. */
@Schema(name = "CampaignRequest", description = "A campaign's terms; a create always makes a draft")
public record CampaignRequest(
        @NotNull @Schema(description = "Id of a published questionnaire model") UUID model,
        @NotEmpty @MultilingualText(max = 200) @Schema(description = "Title by language", examples = "{\"fr\": \"Diagnostic Grand Est 2026\", \"en\": \"Grand Est diagnostic 2026\"}") Map<String, String> title,
        @MultilingualText(max = 4000) @Schema(description = "Description by language") Map<String, String> description,
        @NotNull @Schema(description = "First day assessments may start (inclusive)", examples = "2026-09-01") LocalDate opensOn,
        @NotNull @Schema(description = "Last day assessments may start (inclusive); not before opensOn", examples = "2026-12-31") LocalDate closesOn,
        @Size(max = 20) @Schema(description = "Kinds of body the campaign addresses; empty: all") List<@NotNull OrganisationType> targetTypes,
        @Size(max = 50) @Schema(description = "NUTS codes of the regions it addresses; empty: all", examples = "[\"FRF\"]") List<@NotNull @Pattern(regexp = Profile.NUTS, message = "must be a NUTS code, e.g. FRF or ITH3") String> targetRegions) {

    Campaign.Terms terms() {
        return new Campaign.Terms(title, description, opensOn, closesOn, targetTypes, targetRegions);
    }
}
