package eu.od4growth.catalog.evidence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.catalog.dataset.quality.QualityRating;

/** What the catalogue shows of one organisation's publishing, from its published datasets only. */
@Schema(name = "OrganizationEvidence", description = "Catalogue evidence of an organization, from its published datasets only")
public record OrganizationEvidence(
        @Schema(description = "Slug of the organization", examples = "grand-est") String organization,
        @Schema(description = "Number of published datasets (archived ones excluded)", examples = "12") long publishedDatasets,
        @Schema(description = "Share (0..1, two decimals) of them under an open licence", examples = "0.83") double openLicenceShare,
        @Schema(description = "Share (0..1, two decimals) of them with a distribution in a machine-readable format", examples = "0.75") double machineReadableShare,
        @Schema(description = "Average metadata-quality score (MQA, out of 405, one decimal); null without a published dataset", examples = "287.5") Double averageQualityScore,
        @Schema(description = "The MQA rating of the average score; null without a published dataset", examples = "good") QualityRating averageQualityRating) {
}
