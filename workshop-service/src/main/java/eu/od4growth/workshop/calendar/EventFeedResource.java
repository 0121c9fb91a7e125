package eu.od4growth.workshop.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.common.i18n.Languages;
import eu.od4growth.workshop.event.EventQuery;

/**
 * HTTP face of the Atom feed of upcoming sessions: what an intranet page or a feed reader embeds (docs/workshop/
 * intranet.md); the same sessions as the iCalendar feed, without the cancelled ones.
 */
@Path("/api/events/feed")
@Tag(name = "Calendars")
public class EventFeedResource {

    static final String ATOM = "application/atom+xml";

    private final Calendars calendars;

    EventFeedResource(Calendars calendars) {
        this.calendars = calendars;
    }

    @GET
    @PermitAll
    @Produces(ATOM)
    @Operation(operationId = "getEventsAtomFeed", summary = "Feed of upcoming sessions as Atom 1.0", description = "Every session of published events that has not ended and is not cancelled, soonest first, at most 1000, filtered like the event list (organization, dimension, period, kind, format, language, tag): one entry per session, its id urn:uuid:<session id>, its link the event's API page, its author the organising organization, its categories the event's maturity dimensions. Public data only: no join URL, no participant.")
    @APIResponse(responseCode = "200", description = "The feed, application/atom+xml; charset=utf-8", content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING, example = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><id>http://localhost:8080/api/events/feed</id><title>OD4Growth workshops</title>…</feed>")))
    @APIResponse(responseCode = "400", description = "Invalid filter or lang")
    public RestResponse<String> feed(@Valid @BeanParam EventQuery query,
            @Parameter(description = "Language of the texts (fr, en, it, pl, es, hu, lv, lt, el); English or any other when missing", example = "fr") @QueryParam("lang") @DefaultValue("en") @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String lang,
            @Context UriInfo uri) {
        String filters = uri.getRequestUri().getRawQuery();
        return RestResponse.ResponseBuilder.ok(calendars.atom(query, lang, filters == null ? "" : "?" + filters))
                .type(ATOM + "; charset=utf-8").build();
    }
}
