package eu.od4growth.workshop.person.application;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an erasure did in each service. */
@Schema(name = "PersonErasure", description = "What erasing one person (their OIDC subject) did in each service: workshop, catalog and assessment. Records kept for aggregates stay attributed to their organization, with the pseudonym 'erased' instead of the person.")
public record PersonErasure(
        @Schema(description = "The person's OIDC subject", examples = "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e") String subject,
        @Schema(description = "When the erasure was done") Instant erasedAt,
        @Schema(description = "Each service's counts, keyed by service: workshop, catalog, assessment") Map<String, ServiceErasure> services) {
}
