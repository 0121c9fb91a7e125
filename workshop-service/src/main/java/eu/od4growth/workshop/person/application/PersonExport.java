package eu.od4growth.workshop.person.application;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's data in the whole suite, one part per service; only ever given complete. */
@Schema(name = "PersonExport", description = "Everything the suite holds about one person (their OIDC subject), one part per service: workshop, catalog and assessment. Only ever answered complete: a service that cannot answer makes it a 503.")
public record PersonExport(
        @Schema(description = "The person's OIDC subject", examples = "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e") String subject,
        @Schema(description = "When the export was made") Instant exportedAt,
        @Schema(description = "Each service's part, keyed by service: workshop, catalog, assessment") Map<String, ServicePersonalData> services) {
}
