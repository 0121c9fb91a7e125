package eu.od4growth.catalog.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A planned dataset as its organization's members read it, with where it stands. */
@Schema(name = "PlannedDataset", description = "A dataset an organization plans to open, and where it stands")
public record PlannedDatasetView(UUID id, @Schema(description = "Slug of the organization") String organization,
        Map<String, String> title, Map<String, String> description, String theme,
        @Schema(examples = "2027-06-30") LocalDate targetDate,
        Priority priority, UUID datasetId,
        @Schema(description = "DONE once the linked dataset is published, LATE after the target date, else ON_TIME") PlanProgress progress,
        Instant createdAt, Instant updatedAt) {

    static PlannedDatasetView of(PlannedDataset item, PlanProgress progress) {
        return new PlannedDatasetView(item.id(), item.ownerOrganisation(), item.title, item.description, item.theme,
                item.targetDate, item.priority, item.datasetId, progress, item.createdAt(), item.updatedAt());
    }
}
