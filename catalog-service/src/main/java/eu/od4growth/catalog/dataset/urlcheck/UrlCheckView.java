package eu.od4growth.catalog.dataset.urlcheck;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.catalog.dataset.quality.QualityFacts.UrlState;

/** What the background check last found for one URL of a distribution. */
@Schema(name = "UrlCheck", description = "What the background check last found for one URL of a distribution")
public record UrlCheckView(UUID distributionId,
        @Schema(description = "accessUrl or downloadUrl", enumeration = {
                "accessUrl", "downloadUrl" }) String kind,
        String url,
        @Schema(description = "ANSWERS (2xx or 3xx), FAILS, or UNCHECKED until the first check") UrlState state,
        @Schema(description = "The last HTTP status, when there was an answer") Integer httpStatus,
        @Schema(examples = "HTTP 404") String detail, Instant checkedAt){
}
