package eu.od4growth.assessment.recommendation;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Schema(description = "An upcoming workshop session on a weak dimension, as workshop-service lists it, its title in the requested language")
    record Session(@Schema(description = "Id of the session in workshop-service") String sessionId,
            @Schema(description = "Id of its event in workshop-service") String eventId,
            @Schema(examples = "Opening your first datasets: a hands-on workshop") String title, Instant startsAt,
            Instant endsAt, @Schema(description = "IANA time zone of the session", examples = "Europe/Paris") String timeZone,
            @Schema(description = "Maturity dimension codes the session addresses", examples = "[\"quality\"]") List<String> dimensions,
            @Schema(description = "Places left; absent when unlimited", examples = "12") Integer freePlaces,
            @Schema(description = "Language of the session", examples = "fr") String language) {
    }
}
