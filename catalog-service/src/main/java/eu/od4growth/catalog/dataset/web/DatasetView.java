package eu.od4growth.catalog.dataset.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.catalog.dataset.model.ContactPoint;
import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.dataset.model.DatasetStatus;
import eu.od4growth.catalog.dataset.model.TemporalCoverage;
import eu.od4growth.catalog.dataset.quality.QualityRating;
import eu.od4growth.catalog.dataset.quality.QualityReport;

/** A dataset as clients read it (JSON); the same dataset in DCAT-AP is served by content negotiation. */
@Schema(name = "Dataset")
public record DatasetView(UUID id, Map<String, String> title, Map<String, String> description,
        Map<String, List<String>> keywords, List<String> themes, ContactPoint contactPoint, List<String> spatial,
        TemporalCoverage temporal, String frequency, String license, String accessRights, List<String> conformsTo,
        List<String> hvdCategories, List<String> applicableLegislation, List<String> languages, String landingPage,
        String identifier, LocalDate issued,
        @Schema(description = "dct:modified: when the dataset or one of its distributions last changed") Instant modified,
        DatasetStatus status,
        @Schema(description = "What the reviewer asked to change, when the dataset was sent back") String reviewComment,
        @Schema(description = "Slug of the publisher organization") String organization,
        List<DistributionView> distributions,
        @Schema(description = "Metadata quality (MQA), in full at /api/datasets/{id}/quality; absent until assessed") QualitySummary quality,
        Instant createdAt) {

    /** The metadata quality in brief. */
    @Schema(name = "QualitySummary", description = "The metadata quality of a dataset in brief")
    public record QualitySummary(@Schema(description = "Points out of 405", examples = "287.5") double score,
            QualityRating rating,
            @Schema(description = "Whether the DCAT-AP export passes the official SHACL shapes") boolean dcatApCompliant) {

        static QualitySummary of(QualityReport report) {
            return report == null ? null
                    : new QualitySummary(report.score(), report.rating(), report.dcatApCompliant());
        }
    }

    static DatasetView of(Dataset dataset) {
        return new DatasetView(dataset.id(), dataset.title(), dataset.description(), dataset.keywords(),
                dataset.themes(), dataset.contactPoint(), dataset.spatial(), dataset.temporal(), dataset.frequency(),
                dataset.license(), dataset.accessRights(), dataset.conformsTo(), dataset.hvdCategories(),
                dataset.applicableLegislation(), dataset.languages(), dataset.landingPage(), dataset.identifier(),
                dataset.issued(), dataset.updatedAt(), dataset.status(), dataset.reviewComment(),
                dataset.ownerOrganisation(), dataset.distributions().stream().map(DistributionView::of).toList(),
                QualitySummary.of(dataset.quality()), dataset.createdAt());
    }
}
