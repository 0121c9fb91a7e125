package eu.od4growth.workshop.event;

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
    @Operation(operationId = "listEvents", summary = "List events by date", description = "Published and cancelled events for everyone; coordinators also see their organization's drafts. Filters combine: date range, kind, format, maturity dimension, language, tag, organising organization.")
    @APIResponse(responseCode = "200", description = "One page of events, with Link headers to the others")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter")
    public RestResponse<PageResponse<EventView>> list(@Valid @BeanParam PageParams paging,
            @Valid @BeanParam EventQuery query, @Context UriInfo uri) {
        return PageLinks.ok(planning.list(paging, query), uri);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getEvent", summary = "Read an event", description = "Another organization's draft is answered 404. The join URL and the participants-only kit are shown to its organisers and confirmed participants only.")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "404", description = "No such event visible to the caller")
    public RestResponse<EventView> get(@PathParam("id") UUID id) {
        return view(planning.get(id));
    }

    @POST
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "createEvent", summary = "Draft an event organized by the caller's organization")
    @APIResponse(responseCode = "201", description = "Created as a draft")
    @APIResponse(responseCode = "400", description = "Invalid event")
    public RestResponse<EventView> create(@Valid @NotNull EventRequest request, @Context UriInfo uri) {
        Event event = planning.create(request);
        return ETags.created(uri, event.id(), planning.view(event), event.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "updateEvent", summary = "Change an event", description = "Coordinators of the organising organization; a cancelled event no longer changes.")
    @APIResponse(responseCode = "200", description = "The event as changed")
    @APIResponse(responseCode = "400", description = "Invalid event")
    @APIResponse(responseCode = "404", description = "No such event visible to the caller")
    @APIResponse(responseCode = "409", description = "The event is cancelled")
    public RestResponse<EventView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EventRequest request) {
        return view(planning.revise(id, ifMatch, request));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "publishEvent", summary = "Publish a draft event", description = "Shows it to everyone.")
    @APIResponse(responseCode = "200", description = "The published event")
    @APIResponse(responseCode = "404", description = "No such event visible to the caller")
    @APIResponse(responseCode = "409", description = "The event is not a draft")
    public RestResponse<EventView> publish(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(planning.perform(id, ifMatch, EventAction.PUBLISH));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "cancelEvent", summary = "Cancel a published event", description = "It stays visible, marked cancelled, so that people learn of it.")
    @APIResponse(responseCode = "200", description = "The cancelled event")
    @APIResponse(responseCode = "404", description = "No such event visible to the caller")
    @APIResponse(responseCode = "409", description = "The event is not published")
    public RestResponse<EventView> cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(planning.perform(id, ifMatch, EventAction.CANCEL));
    }

    private RestResponse<EventView> view(Event event) {
        return ETags.ok(planning.view(event), event.version());
    }
}
