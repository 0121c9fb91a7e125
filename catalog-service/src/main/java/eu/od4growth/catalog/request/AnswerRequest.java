package eu.od4growth.catalog.request;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's answer to a data request: why (needed to refuse), and what answers it (needed to accept). */
@Schema(name = "DataRequestAnswer", description = "An organization's answer to a data request")
public record AnswerRequest(
        @Size(max = 2000) @Schema(examples = "Planned for June: the feed is being documented.") String answer,
        @Schema(description = "Accept: the organization's dataset that answers it") UUID datasetId,
        @Schema(description = "Accept: the item of the organization's publication plan that answers it") UUID plannedDatasetId) {
}
