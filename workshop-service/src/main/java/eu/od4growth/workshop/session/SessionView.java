package eu.od4growth.workshop.session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as clients read it: every time shown in the session's time zone, with its places. */
@Schema(name = "Session")
public record SessionView(UUID id, UUID event, Map<String, String> title,
        @Schema(examples = "2027-02-09T10:00:00+01:00") OffsetDateTime startsAt, OffsetDateTime endsAt,
        String timeZone, int capacity,
        @Schema(description = "Places confirmed or held for an offer") long placesTaken, long placesLeft,
        @Schema(description = "People on the waiting list") long waiting, OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt, OffsetDateTime cancellationCutoff,
        @Schema(description = "Whether participants may register now") boolean registrationOpen,
        SessionStatus status, @Schema(description = "Slug of the organising organization") String organization,
        Instant createdAt, Instant updatedAt) {

    static SessionView of(Session session, SessionSeats.Seats seats, Instant now) {
        return new SessionView(session.id(), session.event.id(), session.title, session.shown(session.startsAt),
                session.shown(session.endsAt), session.timeZone, session.capacity, seats.taken(),
                Math.max(0, session.capacity - seats.taken()), seats.waiting(), session.shown(session.registrationOpensAt),
                session.shown(session.registrationClosesAt), session.shown(session.cancellationCutoff),
                session.isRegistrationOpen(now), session.status, session.ownerOrganisation(), session.createdAt(),
                session.updatedAt());
    }
}
