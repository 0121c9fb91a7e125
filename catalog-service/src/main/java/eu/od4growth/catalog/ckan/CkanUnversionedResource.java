package eu.od4growth.catalog.ckan;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * CKAN also serves its actions without the API version, {@code /api/action/{action}}; clients that call it get the
 * same answers as under {@code /api/3/action/} (documented there, so the contract lists each action once).
 */
@Path("/api/action")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CkanUnversionedResource {

    private final CkanEndpoint endpoint;

    CkanUnversionedResource(CkanEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @GET
    @Path("{action}")
    @Operation(hidden = true)
    public Response get(@PathParam("action") String action, @Context UriInfo uri) {
        return endpoint.get(action, uri.getQueryParameters());
    }

    @POST
    @Path("{action}")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response post(@PathParam("action") String action, String body) {
        return endpoint.post(action, body);
    }
}
