package eu.od4growth.catalog.evidence;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP face of an organisation's catalogue evidence, which assessment-service shows beside a maturity assessment. Public:
 * it is made of published data only.
 */
@Path("/api/organizations/{slug}/evidence")
@Tag(name = "Organizations")
public class EvidenceResource {

    private final EvidenceQuery evidence;

    EvidenceResource(EvidenceQuery evidence) {
        this.evidence = evidence;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getOrganizationEvidence", summary = "Read the catalogue evidence of an organization", description = "From its published datasets only: how many, the share under an open licence, the share with a machine-readable distribution, the average metadata-quality score and its rating (null without a published dataset).")
    @APIResponse(responseCode = "200", description = "The evidence")
    @APIResponse(responseCode = "404", description = "No such organization")
    public OrganizationEvidence get(@PathParam("slug") String slug) {
        return evidence.of(slug);
    }
}
