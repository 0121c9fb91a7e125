package eu.od4growth.catalog.dataset.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.catalog.dataset.model.Distribution;
import eu.od4growth.catalog.dataset.model.DistributionRequest.Checksum;

/** A distribution as clients read it. */
@Schema(name = "Distribution", description = "A distribution of a dataset as clients read it (dcat:Distribution): one way to get the data, a file or an API, with its format and licence")
public record DistributionView(UUID id,
        @Schema(description = "dct:title per language (ISO 639-1 code to text)", examples = "{\"en\": \"Hourly measurements (CSV)\"}") Map<String, String> title,
        @Schema(description = "dct:description per language") Map<String, String> description,
        @Schema(description = "dcat:accessURL: where the data can be reached", examples = "https://data.grandest.fr/air-quality") String accessUrl,
        @Schema(description = "dcat:downloadURL: the file itself; downloads through the catalogue are counted", examples = "https://data.grandest.fr/air-quality.csv") String downloadUrl,
        @Schema(description = "dct:format: a code of the file-types vocabulary", examples = "CSV") String format,
        @Schema(description = "dcat:mediaType (IANA)", examples = "text/csv") String mediaType,
        @Schema(description = "dcat:byteSize: size of the file, in bytes", examples = "2483019") Long byteSize,
        Checksum checksum,
        @Schema(description = "The distribution's licence, or its dataset's: a code of the licenses vocabulary", examples = "ETALAB_2_0") String license,
        @Schema(description = "dcatap:availability: a code of the availabilities vocabulary", examples = "STABLE") String availability,
        @Schema(description = "adms:status: a code of the distribution-statuses vocabulary", examples = "COMPLETED") String status,
        @Schema(description = "dct:rights per language") Map<String, String> rights, Instant createdAt,
        Instant updatedAt) {

    static DistributionView of(Distribution distribution) {
        Checksum checksum = distribution.checksumAlgorithm() == null ? null
                : new Checksum(distribution.checksumAlgorithm(), distribution.checksumValue());
        return new DistributionView(distribution.id(), distribution.title(), distribution.description(),
                distribution.accessUrl(), distribution.downloadUrl(), distribution.format(), distribution.mediaType(),
                distribution.byteSize(), checksum, distribution.effectiveLicense(), distribution.availability(),
                distribution.status(), distribution.rights(), distribution.createdAt(), distribution.updatedAt());
    }
}
