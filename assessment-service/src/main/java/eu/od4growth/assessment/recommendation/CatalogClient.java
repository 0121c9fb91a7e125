package eu.od4growth.assessment.recommendation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

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
    record Evidence(String organization, Integer publishedDatasets, Double openLicenceShare,
            Double machineReadableShare, Double averageQualityScore, String averageQualityRating) {
    }
}
