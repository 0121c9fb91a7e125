package eu.od4growth.workshop.calendar;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** HTTP face of one session's calendar: an iCalendar document people add to their calendar application. */
@Path("/api/sessions/{id}/calendar.ics")
@Tag(name = "Calendars")
public class SessionCalendarResource {

    static final String CALENDAR = "text/calendar";

    private final Calendars calendars;

    SessionCalendarResource(Calendars calendars) {
        this.calendars = calendars;
    }

    @GET
    @PermitAll
    @Produces(CALENDAR)
    @Operation(operationId = "getSessionCalendar", summary = "A session as an iCalendar (.ics) document", description = "One VEVENT in the session's time zone (with its VTIMEZONE), a UID that never changes, a SEQUENCE that grows with every change of the session or its event, STATUS:CANCELLED once cancelled. No personal data and no join URL: that comes only in a participant's own invitation, attached to their mails.")
    @APIResponse(responseCode = "200", description = "The calendar, text/calendar; charset=utf-8", content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "lang is not a partner language")
    @APIResponse(responseCode = "404", description = "No such session visible to the caller")
    public RestResponse<String> session(@PathParam("id") UUID id,
            @Parameter(description = "Language of the texts (fr, en, it, pl, es, hu, lv, lt, el); English or any other when missing", example = "fr") @QueryParam("lang") @DefaultValue("en") @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String lang) {
        return ics(calendars.ofSession(id, lang), "session-" + id + ".ics");
    }

    static RestResponse<String> ics(String calendar, String file) {
        return RestResponse.ResponseBuilder.ok(calendar, CalendarWriter.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + file + "\"").build();
    }
}
