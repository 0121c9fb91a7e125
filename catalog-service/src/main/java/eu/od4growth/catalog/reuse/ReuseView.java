package eu.od4growth.catalog.reuse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reuse as everyone reads it (the account that declared it is not shown). */
@Schema(name = "Reuse", description = "A reuse of published datasets")
public record ReuseView(UUID id, @Schema(examples = "Air quality map of Strasbourg") String title,
        @Schema(examples = "https://maps.example.org/air") String url, ReuseType type, String description,
        @Schema(description = "Ids of the datasets it uses") List<UUID> datasets,
        @Schema(description = "Slug of the author organization") String authorOrganization, String authorName,
        Instant createdAt, Instant updatedAt) {

    static ReuseView of(Reuse reuse) {
        return new ReuseView(reuse.id(), reuse.title, reuse.url, reuse.type, reuse.description, reuse.datasets,
                reuse.authorOrganisation, reuse.authorName, reuse.createdAt(), reuse.updatedAt());
    }
}
