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
@Schema(name = "Dataset", description = "A dataset of the catalogue as clients read it: its DCAT-AP 3.0.1 properties, its distributions, its metadata quality and where it is in the publication workflow. The same dataset in DCAT-AP (Turtle, RDF/XML, JSON-LD) is served by content negotiation on /api/datasets/{id}.")
public record DatasetView(UUID id,
        @Schema(description = "dct:title per language (ISO 639-1 code to text)", examples = "{\"fr\": \"Qualité de l'air\", \"en\": \"Air quality\"}") Map<String, String> title,
        @Schema(description = "dct:description per language (ISO 639-1 code to text)", examples = "{\"en\": \"Hourly NO2, O3 and PM10 concentrations measured by the region's stations.\"}") Map<String, String> description,
        @Schema(description = "dcat:keyword per language", examples = "{\"fr\": [\"pollution\"], \"en\": [\"pollution\"]}") Map<String, List<String>> keywords,
        @Schema(description = "dcat:theme: codes of the themes vocabulary", examples = "[\"ENVI\"]") List<String> themes,
        ContactPoint contactPoint,
        @Schema(description = "dct:spatial: NUTS codes", examples = "[\"FRF\"]") List<String> spatial,
        TemporalCoverage temporal,
        @Schema(description = "dct:accrualPeriodicity: a code of the frequencies vocabulary", examples = "MONTHLY") String frequency,
        @Schema(description = "dct:license: a code of the licenses vocabulary", examples = "ETALAB_2_0") String license,
        @Schema(description = "dct:accessRights: a code of the access-rights vocabulary", examples = "PUBLIC") String accessRights,
        @Schema(description = "dct:conformsTo: URLs of the schemas or standards the data follows") List<String> conformsTo,
        @Schema(description = "dcatap:hvdCategory: codes of the hvd-categories vocabulary (high-value datasets)", examples = "[\"c_dd313021\"]") List<String> hvdCategories,
        @Schema(description = "dcatap:applicableLegislation: ELI URLs", examples = "[\"http://data.europa.eu/eli/reg_impl/2023/138/oj\"]") List<String> applicableLegislation,
        @Schema(description = "dct:language: codes of the languages vocabulary", examples = "[\"FRA\", \"ENG\"]") List<String> languages,
        @Schema(description = "dcat:landingPage: the dataset's web page") String landingPage,
        @Schema(description = "dct:identifier; the dataset's URI when the publisher gave none") String identifier,
        LocalDate issued,
        @Schema(description = "dct:modified: when the dataset or one of its distributions last changed") Instant modified,
        DatasetStatus status,
        @Schema(description = "What the reviewer asked to change, when the dataset was sent back") String reviewComment,
        @Schema(description = "Slug of the publisher organization", examples = "grand-est") String organization,
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
