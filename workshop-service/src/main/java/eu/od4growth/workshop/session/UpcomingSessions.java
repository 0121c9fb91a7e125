package eu.od4growth.workshop.session;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The soonest upcoming sessions matching the given dimensions; a short list, not a page. */
@Schema(name = "UpcomingSessions", description = "Upcoming sessions, soonest first")
public record UpcomingSessions(
        @Schema(description = "The sessions, at most the size asked for; empty when none matches", examples = "[{\"sessionId\": \"6d2e9a41-3c7b-4f08-a5d2-91e4b7c0f318\", \"eventId\": \"0b6f3c2e-8d1a-4f5b-9e47-2c9a1d3b7e58\", \"title\": \"Atelier stratégie de données\", \"startsAt\": \"2027-02-09T10:00:00+01:00\", \"endsAt\": \"2027-02-09T11:00:00+01:00\", \"timeZone\": \"Europe/Paris\", \"dimensions\": [\"policy\"], \"freePlaces\": 12, \"language\": \"fr\"}]") List<UpcomingSession> items) {
}
