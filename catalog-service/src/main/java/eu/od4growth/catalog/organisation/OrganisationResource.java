package eu.od4growth.catalog.organisation;

import jakarta.annotation.security.PermitAll;
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

/** HTTP face of the organisation directory: public reads, administrators register, members describe their own. */
@Path("/api/organizations")
@Tag(name = "Organizations")
public class OrganisationResource {

    private final OrganisationDirectory directory;

    OrganisationResource(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listOrganizations", summary = "List the publishing organizations")
    @APIResponse(responseCode = "200", description = "One page of organizations, with Link headers to the others")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public RestResponse<PageResponse<OrganisationView>> list(@Valid @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return PageLinks.ok(directory.list(paging), uri);
    }

    @GET
    @Path("{slug}")
    @PermitAll
    @Operation(operationId = "getOrganization", summary = "Read an organization")
    @APIResponse(responseCode = "200", description = "The organization")
    @APIResponse(responseCode = "404", description = "No such organization")
    public RestResponse<OrganisationView> get(@PathParam("slug") String slug) {
        Organisation organisation = directory.get(slug);
        return ETags.ok(OrganisationView.of(organisation), organisation.version());
    }

    @POST
    @RolesAllowed(Caller.ADMIN)
    @Operation(operationId = "createOrganization", summary = "Register an organization (administrators)")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "Invalid organization")
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public RestResponse<OrganisationView> create(@Valid @NotNull OrganisationRequest request, @Context UriInfo uri) {
        Organisation organisation = directory.register(request);
        return ETags.created(uri, organisation.slug, OrganisationView.of(organisation), organisation.version());
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER })
    @Operation(operationId = "updateOrganization", summary = "Describe an organization", description = "Administrators, or coordinators and publishers of that organization. Needs its ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The organization as changed")
    @APIResponse(responseCode = "400", description = "Invalid organization")
    @APIResponse(responseCode = "404", description = "No such organization")
    @APIResponse(responseCode = "409", description = "The slug cannot change")
    public RestResponse<OrganisationView> update(@PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OrganisationRequest request) {
        Organisation organisation = directory.revise(slug, ifMatch, request);
        return ETags.ok(OrganisationView.of(organisation), organisation.version());
    }
}
