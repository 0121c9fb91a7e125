package eu.od4growth.workshop.session;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published session still to come, as other services recommend it: its event's title in one language, when, the
 * dimensions it strengthens and the places left.
 */
@Schema(name = "UpcomingSession", description = "A published, not cancelled session that has not started yet")
public record UpcomingSession(@Schema(description = "The session") UUID sessionId,
        @Schema(description = "Its event") UUID eventId,
        @Schema(description = "The event's title in the requested language, else English, else any language it has", examples = "Atelier stratégie de données") String title,
        @Schema(description = "Start, in the session's time zone", examples = "2027-02-09T10:00:00+01:00") OffsetDateTime startsAt,
        @Schema(description = "End, in the session's time zone", examples = "2027-02-09T11:00:00+01:00") OffsetDateTime endsAt,
        @Schema(description = "IANA time zone of the session", examples = "Europe/Paris") String timeZone,
        @Schema(description = "Maturity dimensions the event strengthens, lower case", examples = "[\"policy\", \"quality\"]") List<String> dimensions,
        @Schema(description = "Places left; null when the session has no limit", examples = "12", nullable = true) Integer freePlaces,
        @Schema(description = "Language of the title", examples = "fr") String language) {
}
