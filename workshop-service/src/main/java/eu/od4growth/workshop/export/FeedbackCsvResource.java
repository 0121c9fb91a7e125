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

/** HTTP face of the feedback export: a spreadsheet of an event's satisfaction questionnaire for its organisers. */
@Path("/api/events/{id}/feedback.csv")
@Tag(name = "Exports")
public class FeedbackCsvResource {

    private final CsvExports exports;

    FeedbackCsvResource(CsvExports exports) {
        this.exports = exports;
    }

    @GET
    @Produces(RegistrationsCsvResource.CSV)
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "exportEventFeedback", summary = "Export an event's feedback as CSV", description = "The organisers: one row per answer to the satisfaction questionnaire (by session, then time), with both ratings, the comment, the participant's name (empty when anonymous), the time (in the session's zone) and one column answer:<code> per extra question. RFC 4180, UTF-8, streamed.")
    @APIResponse(responseCode = "200", description = "The CSV, text/csv; charset=utf-8", content = @Content(mediaType = RegistrationsCsvResource.CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "Not an organiser of the event")
    @APIResponse(responseCode = "404", description = "No such event visible to the caller")
    public Response feedback(@PathParam("id") UUID id,
            @Parameter(description = "Start with a UTF-8 byte order mark, for spreadsheet programs that need it") @QueryParam("bom") @DefaultValue("false") boolean bom) {
        Event event = exports.organised(id);
        StreamingOutput body = out -> exports.feedback(event, bom, out);
        return RegistrationsCsvResource.csv(body, "feedback-" + id + ".csv");
    }
}
