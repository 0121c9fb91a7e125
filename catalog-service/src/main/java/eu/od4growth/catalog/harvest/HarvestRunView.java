package eu.od4growth.catalog.harvest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One run of a harvest source: what it found and did, and what went wrong. */
@Schema(name = "HarvestRun", description = "One run of a harvest source, with its counts and errors")
public record HarvestRunView(UUID id, UUID sourceId, Instant startedAt, Instant finishedAt,
        @Schema(description = "FAILED when the source could not be read: nothing was changed") String status,
        @Schema(description = "Datasets the source lists", examples = "12") int found, int created, int updated, int unchanged,
        @Schema(description = "Not written: invalid, or edited locally while the source is not the master") int skipped,
        @Schema(description = "No longer listed by the source: archived") int withdrawn, List<String> errors) {
}
