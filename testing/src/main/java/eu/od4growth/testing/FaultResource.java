package eu.od4growth.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoints: one fails the way a bug would, to prove that clients then get a bare 500 problem; one forgets
 * to say who may call it, to prove that it is then closed.
 */
@Path("/test-faults")
public class FaultResource {

    public static final String SECRET = "internal detail that must never reach a client";

    @GET
    @PermitAll
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException(SECRET);
    }

    @GET
    @Path("unannotated")
    @Operation(hidden = true)
    public String forgotten() {
        return "open";
    }
}
