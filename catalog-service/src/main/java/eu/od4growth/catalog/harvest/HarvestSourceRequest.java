package eu.od4growth.catalog.harvest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.common.validation.Slug;

/** What an administrator sends to register a harvest source for an organisation. */
@Schema(name = "HarvestSourceRequest", description = "A DCAT-AP or CKAN catalogue to harvest into an organization")
public record HarvestSourceRequest(
        @Slug @Schema(description = "Slug of the organization whose datasets it holds", examples = "grand-est") String organization,
        @NotBlank @Size(max = 200) @Schema(examples = "DataGrandEst") String name,
        @NotNull HarvestKind kind,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Schema(description = "DCAT: the catalogue's URL (its first page); CKAN: the site's base URL", examples = "https://www.datagrandest.fr/data4citizen/catalog.ttl") String url,
        @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code") @Schema(description = "Language of texts without a language tag (default en)", examples = "fr") String language,
        @Schema(description = "Whether the source is the master of its datasets: its changes then overwrite local edits") boolean master,
        @Positive @Max(8760) @Schema(description = "Run every so many hours; none: only when asked", examples = "24") Integer everyHours) {
}
