package eu.od4growth.assessment.campaign.web;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.common.validation.Slug;

/** Organisations to invite to a campaign, by slug. */
@Schema(name = "CampaignInvitations", description = "Organisations to invite to a campaign, by slug; inviting an organisation already invited changes nothing")
public record InvitationsRequest(
        @NotEmpty @Size(max = 500) @Schema(description = "Slugs of the organizations to invite; one already invited stays as it is", examples = "[\"eurometropole-strasbourg\", \"parc-vosges-du-nord\"]") List<@NotNull @Pattern(regexp = Slug.PATTERN, message = "must be 2 to 63 lower-case letters, digits or dashes") String> organizations) {
}
