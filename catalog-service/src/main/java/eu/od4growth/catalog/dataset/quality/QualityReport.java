package eu.od4growth.catalog.dataset.quality;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The metadata quality of one dataset: its points, rating, the points per dimension and indicator, and hints. */
@Schema(name = "QualityReport", description = "Metadata quality after data.europa.eu's MQA (405 points)")
public record QualityReport(
        @Schema(description = "Points out of 405", examples = "287.5") double score,
        @Schema(description = "EXCELLENT 351–405, GOOD 221–350, SUFFICIENT 121–220, BAD 0–120") QualityRating rating,
        @Schema(description = "Whether the DCAT-AP export of the dataset passes the official SHACL shapes (no sh:Violation)") boolean dcatApCompliant,
        List<DimensionScore> dimensions, List<IndicatorScore> indicators,
        @Schema(description = "What would gain points, the largest gain first") List<Hint> hints,
        @Schema(description = "The SHACL violations of the DCAT-AP export (at most 20)") List<String> violations) {

    /** The points of one dimension. */
    @Schema(name = "QualityDimensionScore", description = "The points of one MQA dimension")
    public record DimensionScore(QualityDimension dimension, @Schema(examples = "87.5") double points,
            @Schema(examples = "100") int max) {
    }

    /** The points of one indicator: its weight times the share of the dataset (or distributions) meeting it. */
    @Schema(name = "QualityIndicatorScore", description = "The points of one MQA indicator")
    public record IndicatorScore(QualityIndicator indicator, QualityDimension dimension,
            @Schema(examples = "25") double points, @Schema(examples = "50") int max,
            @Schema(description = "Share (0..1) of the dataset, its distributions or its best distribution that meets it") double share) {
    }

    /** Something a publisher can do, and the points it would gain. */
    @Schema(name = "QualityHint", description = "Something a publisher can do, and the points it would gain")
    public record Hint(QualityIndicator indicator, QualityDimension dimension,
            @Schema(examples = "10") double points,
            @Schema(examples = "Add a licence from the vocabulary: +10") String message) {
    }
}
