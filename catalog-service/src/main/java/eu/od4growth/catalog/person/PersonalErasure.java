package eu.od4growth.catalog.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the catalog erased for one person, as counts of records by kind. A repeated erasure finds nothing left and
 * answers zeros.
 */
@Schema(name = "CatalogErasure", description = "What the catalog erased for one person: how many records of each kind lost the link to them (who fields now say 'erased', an author name too; votes stay counted under an anonymous key); the records stay with their organization. A repeated erasure answers zeros", example = """
        {"service": "catalog", "subject": "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e",
         "erased": {"datasets": 2, "datasetChanges": 5, "dataRequests": 1, "dataRequestVotes": 3, "reuses": 0,
          "plannedDatasets": 0, "harvestSources": 0, "webhookSubscriptions": 1}}""")
public record PersonalErasure(
        @Schema(description = "The service that answers: always catalog", examples = "catalog") String service,
        @Schema(description = "The person's OIDC subject", examples = "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e") String subject,
        Erased erased) {

    /** Counts by kind, the same kinds as {@link PersonalRecords.Records}. */
    @Schema(name = "CatalogErasedCounts", description = "How many records of each kind were anonymised")
    public record Erased(@Schema(examples = "2") long datasets, @Schema(examples = "5") long datasetChanges,
            @Schema(examples = "1") long dataRequests, @Schema(examples = "3") long dataRequestVotes,
            @Schema(examples = "0") long reuses, @Schema(examples = "0") long plannedDatasets,
            @Schema(examples = "0") long harvestSources, @Schema(examples = "1") long webhookSubscriptions) {
    }
}
