package eu.od4growth.catalog.plan;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The progress of every organization's publication plan, public: the catalogue's aggregate view. */
@Path("/api/catalog/plan-progress")
@Tag(name = "Publication plan")
public class CatalogPlanProgressResource {

    private final PublicationPlan plan;

    CatalogPlanProgressResource(PublicationPlan plan) {
        this.plan = plan;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPlanProgress", summary = "Read the progress of every organization's publication plan", description = "Public; organizations without a plan are left out.")
    @APIResponse(responseCode = "200", description = "The progress per organization, by slug")
    @APIResponse(responseCode = "406", description = "The Accept header names no type this operation produces (it produces application/json only)")
    public List<PlanProgressView> progress() {
        return plan.progress();
    }
}
