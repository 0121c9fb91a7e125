package eu.od4growth.catalog.organisation;

import java.net.URI;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
@Tag(name = "Organisations")
public class OrganisationResource {

    private final OrganisationDirectory directory;

    OrganisationResource(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listOrganizations", summary = "List the publishing organisations")
    @APIResponse(responseCode = "200", description = "One page of organisations, with Link headers to the others")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public RestResponse<PageResponse<OrganisationView>> list(@Valid @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return PageLinks.ok(directory.list(paging.page, paging.size), uri);
    }

    @GET
    @Path("{slug}")
    @PermitAll
    @Operation(operationId = "getOrganization", summary = "Read an organisation")
    @APIResponse(responseCode = "200", description = "The organisation; its ETag goes into If-Match to change it", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such organisation")
    public RestResponse<OrganisationView> get(@PathParam("slug") String slug) {
        Organisation organisation = directory.get(slug);
        return ETags.ok(OrganisationView.of(organisation), organisation.version());
    }

    @POST
    @RolesAllowed(Caller.ADMIN)
    @Operation(operationId = "createOrganization", summary = "Register an organisation (administrators)")
    @APIResponse(responseCode = "201", description = "Registered", headers = {
            @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) }, content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid organisation")
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public RestResponse<OrganisationView> create(@Valid @NotNull OrganisationRequest request, @Context UriInfo uri) {
        Organisation organisation = directory.register(request);
        URI location = uri.getAbsolutePathBuilder().path(organisation.slug).build();
        return ETags.created(location, OrganisationView.of(organisation), organisation.version());
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER })
    @Operation(operationId = "updateOrganization", summary = "Describe an organisation", description = "Administrators, or coordinators and publishers of that organisation. Needs its ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The organisation as changed", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid organisation")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "409", description = "The slug cannot change")
    @APIResponse(responseCode = "412", description = "The organisation changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<OrganisationView> update(@PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OrganisationRequest request) {
        Organisation organisation = directory.revise(slug, ifMatch, request);
        return ETags.ok(OrganisationView.of(organisation), organisation.version());
    }
}
