package eu.od4growth.workshop.registration.web;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.od4growth.common.security.Caller;
import eu.od4growth.workshop.registration.application.Attendance;
import eu.od4growth.workshop.registration.application.Registrations;

/** HTTP face of a session's attendance: how many of the confirmed participants came, for its organisers. */
@Path("/api/sessions/{id}/attendance")
@Tag(name = "Registrations")
public class AttendanceResource {

    private final Registrations registrations;

    AttendanceResource(Registrations registrations) {
        this.registrations = registrations;
    }

    @GET
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "getSessionAttendance", summary = "Attendance of a session", description = "The session's organisers: confirmed places, check-ins, and once it has ended the no-shows.")
    @APIResponse(responseCode = "200", description = "The attendance")
    @APIResponse(responseCode = "403", description = "Not an organiser of the session")
    @APIResponse(responseCode = "404", description = "No such session visible to the caller")
    public Attendance attendance(@PathParam("id") UUID id) {
        return registrations.attendance(id);
    }
}
