package eu.od4growth.catalog.dataset.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.catalog.dataset.model.Distribution;
import eu.od4growth.catalog.dataset.model.DistributionRequest.Checksum;

/** A distribution as clients read it. */
@Schema(name = "Distribution")
public record DistributionView(UUID id, Map<String, String> title, Map<String, String> description, String accessUrl,
        String downloadUrl, String format, String mediaType, Long byteSize, Checksum checksum,
        @Schema(description = "The distribution's licence, or its dataset's") String license, String availability,
        String status, @Schema(description = "dct:rights per language") Map<String, String> rights, Instant createdAt,
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
