package eu.od4growth.catalog.person;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the catalog holds about one person (their OIDC subject), by kind of record: the records they authored or
 * changed, with the personal fields kept about them. The shape of the suite's persons protocol.
 */
@Schema(name = "CatalogPersonalData", description = "What the catalog holds about one person, by kind of record: the datasets they drafted and the changes they made, the data requests they asked and voted for, the reuses they declared, the plan items, harvest sources and webhook subscriptions they created", example = """
        {"service": "catalog", "subject": "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e",
         "records": {"datasets": [{"id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", "organization": "grand-est",
           "title": {"fr": "Qualité de l'air"}, "createdAt": "2026-11-20T09:00:00Z"}],
          "datasetChanges": [{"dataset": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", "action": "SEND_BACK",
           "comment": "Add the licence", "changedAt": "2026-11-21T10:30:00Z"}],
          "dataRequests": [], "dataRequestVotes": [], "reuses": [], "plannedDatasets": [], "harvestSources": [],
          "webhookSubscriptions": []}}""")
public record PersonalRecords(
        @Schema(description = "The service that answers: always catalog", examples = "catalog") String service,
        @Schema(description = "The person's OIDC subject", examples = "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e") String subject,
        Records records) {

    /** The records, by kind; every kind is present, empty when the person has none of it. */
    @Schema(name = "CatalogPersonalRecords", description = "The person's records in the catalog, by kind; every kind is present, empty when there is none", examples = """
            {"datasets": [], "datasetChanges": [], "dataRequests": [], "dataRequestVotes": [{"request": "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f", "votedAt": "2026-11-22T08:15:00Z"}],
             "reuses": [], "plannedDatasets": [], "harvestSources": [], "webhookSubscriptions": []}""")
    public record Records(
            @Schema(description = "Datasets the person drafted (created_by)") List<Authored> datasets,
            @Schema(description = "Changes of datasets the person made (the history's changed_by), with their review comments") List<Change> datasetChanges,
            @Schema(description = "Data requests the person asked") List<Request> dataRequests,
            @Schema(description = "Data requests the person voted for") List<Vote> dataRequestVotes,
            @Schema(description = "Reuses the person declared, with the author name they gave") List<DeclaredReuse> reuses,
            @Schema(description = "Items of publication plans the person created") List<Authored> plannedDatasets,
            @Schema(description = "Harvest sources the person registered (administrators)") List<Authored> harvestSources,
            @Schema(description = "Webhook subscriptions the person created") List<Authored> webhookSubscriptions) {
    }

    /** A record the person created for an organisation. */
    @Schema(name = "CatalogPersonalRecord", description = "A record the person created for an organization (a harvest source's name or a subscription's URL comes under the language code und)")
    public record Authored(UUID id,
            @Schema(description = "Slug of the organization that owns it", examples = "grand-est") String organization,
            @Schema(description = "Its title by language code, or its name or URL", examples = "{\"fr\": \"Qualité de l'air\"}") Map<String, String> title,
            Instant createdAt) {
    }

    /** A change of a dataset the person made. */
    @Schema(name = "CatalogPersonalChange", description = "A change of a dataset the person made, as the history keeps it")
    public record Change(@Schema(description = "Id of the dataset") UUID dataset,
            @Schema(description = "What was done", examples = "PUBLISH") String action,
            @Schema(description = "The review comment the person wrote, if any", nullable = true) String comment,
            Instant changedAt) {
    }

    /** A data request the person asked. */
    @Schema(name = "CatalogPersonalRequest", description = "A data request the person asked")
    public record Request(UUID id,
            @Schema(description = "Slug of the organization asked", examples = "grand-est") String organization,
            @Schema(examples = "Bus timetables in GTFS") String title, String description,
            @Schema(examples = "OPEN") String status, Instant createdAt) {
    }

    /** A vote of the person. */
    @Schema(name = "CatalogPersonalVote", description = "A vote of the person for a data request", examples = "{\"request\": \"3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f\", \"votedAt\": \"2026-11-22T08:15:00Z\"}")
    public record Vote(@Schema(description = "Id of the data request") UUID request, Instant votedAt) {
    }

    /** A reuse the person declared. */
    @Schema(name = "CatalogPersonalReuse", description = "A reuse the person declared")
    public record DeclaredReuse(UUID id, @Schema(examples = "Air quality map") String title,
            @Schema(examples = "https://example.org/air-map") String url,
            @Schema(description = "The author name the person gave, when the reuse is a person's", nullable = true) String authorName,
            @Schema(description = "The author organization, when the reuse is an organization's", examples = "grand-est", nullable = true) String authorOrganization,
            Instant createdAt) {
    }
}
