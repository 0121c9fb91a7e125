package eu.od4growth.catalog.organisation;

import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.common.validation.MultilingualText;
import eu.od4growth.common.validation.Slug;

/** What an administrator sends to register an organisation, and what its members send to describe it. */
@Schema(name = "OrganizationRequest", description = "What an administrator sends to register an organization, and what its members send to describe it; slug, name and kind are required")
public record OrganisationRequest(
        @Slug @Schema(description = "Short unique name used in URLs: lower-case letters, digits and hyphens, 2 to 63 characters", examples = "grand-est", pattern = Slug.PATTERN) String slug,
        @NotBlank @Size(max = 200) @Schema(description = "Official name (at most 200 characters)", examples = "Région Grand Est") String name,
        @NotNull @Schema(description = "Type of public body (exported as the DCAT-AP publisher type)") OrganisationKind kind,
        @Pattern(regexp = "[A-Z]{2}[0-9A-Z]{0,3}", message = "must be a NUTS code such as FRF or ITH3") @Schema(description = "NUTS code of the territory it covers (two letters, then up to three digits or letters)", examples = "FRF") String nutsCode,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Schema(description = "Homepage (foaf:homepage)", examples = "https://www.grandest.fr") String website,
        @Size(max = 254) @Email @Schema(description = "Contact e-mail of the open-data team", examples = "opendata@grandest.fr") String contactEmail,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Schema(description = "URL of the logo image") String logoUrl,
        @MultilingualText(max = 2000) @Schema(description = "Presentation of the organization, per language") Map<String, String> description) {
}
