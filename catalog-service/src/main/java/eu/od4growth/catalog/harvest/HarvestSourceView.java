package eu.od4growth.catalog.harvest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A harvest source as administrators read it. */
@Schema(name = "HarvestSource", description = "A catalogue harvested into an organization")
public record HarvestSourceView(UUID id, @Schema(examples = "grand-est") String organization,
        @Schema(examples = "DataGrandEst") String name, HarvestKind kind, String url,
        String language, boolean master, Integer everyHours,
        @Schema(description = "When the schedule runs it next") Instant nextRunAt, Instant createdAt) {

    static HarvestSourceView of(HarvestSource source) {
        return new HarvestSourceView(source.id(), source.organisation, source.name, source.kind, source.url,
                source.language, source.master, source.everyHours, source.nextRunAt, source.createdAt());
    }
}
