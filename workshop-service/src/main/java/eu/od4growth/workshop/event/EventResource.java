package eu.od4growth.workshop.event;

import java.net.URI;
import java.util.UUID;

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

/** HTTP face of events: the public programme, and the coordinators' planning of their organisation's events. */
@Path("/api/events")
@Tag(name = "Events")
public class EventResource {

    private final EventPlanning planning;

    EventResource(EventPlanning planning) {
        this.planning = planning;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listEvents", summary = "List events by date", description = "Published and cancelled events for everyone; coordinators also see their organisation's drafts.")
    @APIResponse(responseCode = "200", description = "One page of events, with Link headers to the others")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public RestResponse<PageResponse<EventView>> list(@Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(planning.list(paging.page, paging.size), uri);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getEvent", summary = "Read an event", description = "Another organisation's draft is answered 404.")
    @APIResponse(responseCode = "200", description = "The event; its ETag goes into If-Match to change it", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such event visible to the caller")
    public RestResponse<EventView> get(@PathParam("id") UUID id) {
        Event event = planning.get(id);
        return ETags.ok(EventView.of(event), event.version());
    }

    @POST
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "createEvent", summary = "Draft an event organised by the caller's organisation")
    @APIResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) }, content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "Invalid event")
    public RestResponse<EventView> create(@Valid @NotNull EventRequest request, @Context UriInfo uri) {
        Event event = planning.create(request);
        URI location = uri.getAbsolutePathBuilder().path(event.id().toString()).build();
        return ETags.created(location, EventView.of(event), event.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "updateEvent", summary = "Change, publish or cancel an event", description = "Coordinators of the organising organisation. Needs the event's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The event as changed", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid event")
    @APIResponse(responseCode = "404", description = "No such event visible to the caller")
    @APIResponse(responseCode = "409", description = "The status change is not allowed")
    @APIResponse(responseCode = "412", description = "The event changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<EventView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EventRequest request) {
        Event event = planning.revise(id, ifMatch, request);
        return ETags.ok(EventView.of(event), event.version());
    }
}
