package eu.od4growth.catalog.request;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A data request as everyone reads it (who asked and who voted are not shown). */
@Schema(name = "DataRequest", description = "A request that an organization open a dataset, with its votes and the answer")
public record DataRequestView(UUID id, @Schema(examples = "Real-time bus positions") String title, String description,
        @Schema(description = "Slug of the organization asked") String organization, String theme,
        RequestStatus status, @Schema(description = "The organization's answer") String answer, UUID datasetId,
        UUID plannedDatasetId, @Schema(description = "How many accounts voted for it") int votes, Instant createdAt,
        Instant updatedAt) {

    static DataRequestView of(DataRequest request) {
        return new DataRequestView(request.id(), request.title, request.description, request.ownerOrganisation(),
                request.theme, request.status, request.answer, request.datasetId, request.plannedDatasetId,
                request.votes, request.createdAt(), request.updatedAt());
    }
}
