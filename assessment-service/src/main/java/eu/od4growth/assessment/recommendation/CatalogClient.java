package eu.od4growth.assessment.recommendation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** catalog-service's evidence of an organisation's publishing (public; the caller's token is passed on anyway). */
@RegisterRestClient(configKey = "catalog")
@Path("/api/organizations")
public interface CatalogClient {

    @GET
    @Path("{slug}/evidence")
    Evidence evidence(@PathParam("slug") String organization, @HeaderParam("Authorization") String authorization);

    /** Published datasets, shares (0 to 1) with an open licence and machine-readable; quality null without datasets. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(description = "An organisation's publishing in the catalogue, as catalog-service reports it: published datasets, the shares with an open licence and in a machine-readable format, and their average metadata quality")
    record Evidence(@Schema(description = "Slug of the organization", examples = "grand-est") String organization,
            @Schema(description = "Datasets published", examples = "37") Integer publishedDatasets,
            @Schema(description = "Share of published datasets with an open licence (0 to 1)", examples = "0.92") Double openLicenceShare,
            @Schema(description = "Share of published datasets with a machine-readable distribution (0 to 1)", examples = "0.81") Double machineReadableShare,
            @Schema(description = "Average metadata-quality score (MQA, out of 405); absent without a published dataset", examples = "287.5") Double averageQualityScore,
            @Schema(description = "MQA rating of the average score: excellent, good, sufficient or bad; absent without a published dataset", examples = "good") String averageQualityRating) {
    }
}
