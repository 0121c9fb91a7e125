package eu.od4growth.catalog.plan;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The progress of an organization's publication plan, public. */
@Path("/api/organizations/{slug}/plan-progress")
@Tag(name = "Publication plan")
public class PlanProgressResource {

    private final PublicationPlan plan;

    PlanProgressResource(PublicationPlan plan) {
        this.plan = plan;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getPlanProgress", summary = "Read the progress of an organization's publication plan", description = "Public: how many planned datasets are published, on time or late.")
    @APIResponse(responseCode = "200", description = "The progress")
    @APIResponse(responseCode = "404", description = "No such organization")
    public PlanProgressView progress(@PathParam("slug") String slug) {
        return plan.progress(slug);
    }
}
