package eu.od4growth.workshop.export;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.od4growth.common.security.Caller;
import eu.od4growth.workshop.event.Event;

/** HTTP face of the registrations export: a spreadsheet of an event's registrations for its organisers. */
@Path("/api/events/{id}/registrations.csv")
@Tag(name = "Exports")
public class RegistrationsCsvResource {

    static final String CSV = "text/csv";

    private final CsvExports exports;

    RegistrationsCsvResource(CsvExports exports) {
        this.exports = exports;
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "exportEventRegistrations", summary = "Export an event's registrations as CSV", description = "The organisers: one row per registration of every session (by session start, then arrival), with status, waiting number, name, e-mail, language, organization, registration and check-in times (in the session's zone) and one column answer:<code> per question. RFC 4180, UTF-8, streamed.")
    @APIResponse(responseCode = "200", description = "The CSV, text/csv; charset=utf-8", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "Not an organiser of the event")
    @APIResponse(responseCode = "404", description = "No such event visible to the caller")
    public Response registrations(@PathParam("id") UUID id,
            @Parameter(description = "Start with a UTF-8 byte order mark, for spreadsheet programs that need it") @QueryParam("bom") @DefaultValue("false") boolean bom) {
        Event event = exports.organised(id);
        StreamingOutput body = out -> exports.registrations(event, bom, out);
        return csv(body, "registrations-" + id + ".csv");
    }

    static Response csv(StreamingOutput body, String file) {
        return Response.ok(body, CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
