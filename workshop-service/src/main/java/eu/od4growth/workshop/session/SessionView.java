package eu.od4growth.workshop.session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as clients read it: every time shown in the session's time zone, with its places. */
@Schema(name = "Session", description = "A session of an event as clients read it: when it takes place, shown in its time zone, and its places")
public record SessionView(
        UUID id,
        UUID event,
        @Schema(description = "Optional title, keyed by language code (fr, en, it, pl, es, hu, lv, lt, el)", examples = "{\"fr\": \"Groupe du matin\", \"en\": \"Morning group\"}") Map<String, String> title,
        @Schema(description = "Start of the session", examples = "2027-02-09T10:00:00+01:00") OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Schema(description = "IANA time zone the session is shown in", examples = "Europe/Paris") String timeZone,
        @Schema(description = "Number of places", examples = "30") int capacity,
        @Schema(description = "Places confirmed or held for an offer", examples = "18") long placesTaken,
        @Schema(description = "Places still free: capacity minus placesTaken, never below 0", examples = "12") long placesLeft,
        @Schema(description = "People on the waiting list", examples = "0") long waiting,
        OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt,
        OffsetDateTime cancellationCutoff,
        @Schema(description = "Whether participants may register now") boolean registrationOpen,
        SessionStatus status,
        @Schema(description = "Slug of the organising organization", examples = "grand-est") String organization,
        Instant createdAt,
        Instant updatedAt) {

    static SessionView of(Session session, SessionSeats.Seats seats, Instant now) {
        return new SessionView(session.id(), session.event.id(), session.title, session.shown(session.startsAt),
                session.shown(session.endsAt), session.timeZone, session.capacity, seats.taken(),
                Math.max(0, session.capacity - seats.taken()), seats.waiting(), session.shown(session.registrationOpensAt),
                session.shown(session.registrationClosesAt), session.shown(session.cancellationCutoff),
                session.isRegistrationOpen(now), session.status, session.ownerOrganisation(), session.createdAt(),
                session.updatedAt());
    }
}
