package eu.od4growth.catalog.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.common.validation.Slug;

/** What an administrator sends to register an organisation, and what its members send to describe it. */
@Schema(name = "OrganizationRequest")
public record OrganisationRequest(
        @Slug @Schema(examples = "grand-est", pattern = Slug.PATTERN) String slug,
        @NotBlank @Size(max = 200) @Schema(examples = "Région Grand Est") String name,
        @NotNull OrganisationKind kind,
        @Pattern(regexp = "[A-Z]{2}[0-9A-Z]{0,3}", message = "must be a NUTS code such as FRF or ITH3") @Schema(examples = "FRF") String nutsCode,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website) {
}
