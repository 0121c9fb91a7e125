package eu.od4growth.catalog.reuse;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.common.paging.PageLinks;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;

/** HTTP face of reuses: public lists and reads; any signed-in user declares one; its author changes or removes it. */
@Path("/api/reuses")
@Tag(name = "Reuses")
public class ReuseResource {

    private final Reuses reuses;

    ReuseResource(Reuses reuses) {
        this.reuses = reuses;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listReuses", summary = "List the reuses, the newest first")
    @APIResponse(responseCode = "200", description = "One page of reuses, with Link headers")
    @APIResponse(responseCode = "400", description = "Invalid paging, dataset id or type")
    public RestResponse<PageResponse<ReuseView>> list(@Valid @BeanParam PageParams paging,
            @Parameter(description = "Only the reuses of this dataset") @QueryParam("dataset") UUID dataset,
            @Parameter(description = "Only reuses of this type") @QueryParam("type") ReuseType type,
            @Context UriInfo uri) {
        return PageLinks.ok(reuses.list(dataset, type, paging), uri);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getReuse", summary = "Read a reuse")
    @APIResponse(responseCode = "200", description = "The reuse")
    @APIResponse(responseCode = "404", description = "No such reuse")
    public RestResponse<ReuseView> get(@PathParam("id") UUID id) {
        Reuse reuse = reuses.get(id);
        return ETags.ok(ReuseView.of(reuse), reuse.version());
    }

    @POST
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER, Caller.RESPONDENT, Caller.PARTICIPANT })
    @Operation(operationId = "createReuse", summary = "Declare a reuse of published datasets", description = "Any signed-in user (any role of the suite). The author is the caller's own organization (authorOrganization) or a named person or body (authorName).")
    @APIResponse(responseCode = "201", description = "Declared")
    @APIResponse(responseCode = "400", description = "Invalid reuse: a dataset that is not published, another organization as author …")
    public RestResponse<ReuseView> create(@Valid @NotNull ReuseRequest request, @Context UriInfo uri) {
        Reuse reuse = reuses.declare(request);
        return ETags.created(uri, reuse.id(), ReuseView.of(reuse), reuse.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER, Caller.RESPONDENT, Caller.PARTICIPANT })
    @Operation(operationId = "updateReuse", summary = "Describe a reuse anew", description = "Its author or an administrator; needs its ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The reuse as changed")
    @APIResponse(responseCode = "400", description = "Invalid reuse")
    @APIResponse(responseCode = "403", description = "Not the author of the reuse")
    @APIResponse(responseCode = "404", description = "No such reuse")
    public RestResponse<ReuseView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReuseRequest request) {
        Reuse reuse = reuses.revise(id, ifMatch, request);
        return ETags.ok(ReuseView.of(reuse), reuse.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER, Caller.RESPONDENT, Caller.PARTICIPANT })
    @Operation(operationId = "deleteReuse", summary = "Remove a reuse", description = "Its author or an administrator; needs its ETag in If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not the author of the reuse")
    @APIResponse(responseCode = "404", description = "No such reuse")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        reuses.remove(id, ifMatch);
        return RestResponse.noContent();
    }
}
