package eu.od4growth.assessment.recommendation;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** workshop-service's upcoming sessions, by maturity dimension (public; the caller's token is passed on anyway). */
@RegisterRestClient(configKey = "workshop")
@Path("/api/sessions")
public interface WorkshopClient {

    @GET
    @Path("upcoming")
    Upcoming upcoming(@QueryParam("dimension") List<String> dimensions, @QueryParam("lang") String lang,
            @QueryParam("size") int size, @HeaderParam("Authorization") String authorization);

    /** The answer of workshop-service. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Upcoming(List<Session> items) {
    }

    /** An upcoming session, its title in the requested language; freePlaces null when unlimited. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Session(String sessionId, String eventId, String title, Instant startsAt, Instant endsAt, String timeZone,
            List<String> dimensions, Integer freePlaces, String language) {
    }
}
