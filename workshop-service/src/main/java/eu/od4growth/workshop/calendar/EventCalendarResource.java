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

/** HTTP face of the calendar feed: the programme's upcoming sessions, for calendar applications to subscribe to. */
@Path("/api/events/calendar.ics")
@Tag(name = "Calendars")
public class EventCalendarResource {

    private final Calendars calendars;

    EventCalendarResource(Calendars calendars) {
        this.calendars = calendars;
    }

    @GET
    @PermitAll
    @Produces(SessionCalendarResource.CALENDAR)
    @Operation(operationId = "getEventsCalendarFeed", summary = "Feed of upcoming sessions as iCalendar (.ics)", description = "Every session of published events that has not ended (cancelled ones with STATUS:CANCELLED, so subscribed calendars drop them), soonest first, at most 1000, filtered like the event list (organization, period, kind, format, dimension, language, tag). Each in its time zone with a VTIMEZONE per zone; stable UIDs and growing SEQUENCEs; no personal data, no join URL.")
    @APIResponse(responseCode = "200", description = "The calendar, text/calendar; charset=utf-8", content = @Content(mediaType = SessionCalendarResource.CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid filter or lang")
    public RestResponse<String> feed(@Valid @BeanParam EventQuery query,
            @Parameter(description = "Language of the texts (fr, en, it, pl, es, hu, lv, lt, el); English or any other when missing", example = "fr") @QueryParam("lang") @DefaultValue("en") @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String lang) {
        return SessionCalendarResource.ics(calendars.feed(query, lang), "od4g-workshops.ics");
    }
}
