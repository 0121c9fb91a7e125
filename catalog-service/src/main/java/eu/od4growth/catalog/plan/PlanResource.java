package eu.od4growth.catalog.plan;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.common.paging.PageLinks;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;

/** HTTP face of the publication plan's items: for the organization's members, changed by its coordinators. */
@Path("/api/organizations/{slug}/planned-datasets")
@Tag(name = "Publication plan")
public class PlanResource {

    private final PublicationPlan plan;

    PlanResource(PublicationPlan plan) {
        this.plan = plan;
    }

    @GET
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER })
    @Operation(operationId = "listPlannedDatasets", summary = "List an organization's planned datasets, by target date", description = "Its coordinators and publishers, and administrators; each item says whether it is DONE, ON_TIME or LATE.")
    @APIResponse(responseCode = "200", description = "One page of planned datasets, with Link headers")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "403", description = "Not a member of the organization")
    public RestResponse<PageResponse<PlannedDatasetView>> list(@PathParam("slug") String slug,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(plan.list(slug, paging), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER })
    @Operation(operationId = "getPlannedDataset", summary = "Read a planned dataset")
    @APIResponse(responseCode = "200", description = "The planned dataset; its ETag is what a change sends in If-Match")
    @APIResponse(responseCode = "403", description = "Not a member of the organization")
    @APIResponse(responseCode = "404", description = "No such planned dataset in this organization's plan")
    public RestResponse<PlannedDatasetView> get(@PathParam("slug") String slug, @PathParam("id") UUID id) {
        return ok(plan.get(slug, id));
    }

    @POST
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "createPlannedDataset", summary = "Plan a dataset", description = "Coordinators of the organization, and administrators.")
    @APIResponse(responseCode = "201", description = "Planned")
    @APIResponse(responseCode = "400", description = "Invalid planned dataset, e.g. a dataset of another organization")
    @APIResponse(responseCode = "403", description = "Not a coordinator of the organization")
    @APIResponse(responseCode = "404", description = "No such organization")
    public RestResponse<PlannedDatasetView> create(@PathParam("slug") String slug,
            @Valid @NotNull PlannedDatasetRequest request, @Context UriInfo uri) {
        PublicationPlan.Read item = plan.plan(slug, request);
        return ETags.created(uri, item.view().id(), item.view(), item.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "updatePlannedDataset", summary = "Change a planned dataset (e.g. link its dataset)", description = "Coordinators of the organization, and administrators; needs its ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The planned dataset as changed")
    @APIResponse(responseCode = "400", description = "Invalid planned dataset")
    @APIResponse(responseCode = "403", description = "Not a coordinator of the organization")
    @APIResponse(responseCode = "404", description = "No such planned dataset in this organization's plan")
    public RestResponse<PlannedDatasetView> update(@PathParam("slug") String slug, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PlannedDatasetRequest request) {
        return ok(plan.revise(slug, id, ifMatch, request));
    }

    private static RestResponse<PlannedDatasetView> ok(PublicationPlan.Read item) {
        return ETags.ok(item.view(), item.version());
    }
}
