package eu.od4growth.workshop.registration.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.od4growth.workshop.event.Event;
import eu.od4growth.workshop.event.EventFormat;
import eu.od4growth.workshop.registration.application.Registrations;
import eu.od4growth.workshop.registration.model.CheckInCode;
import eu.od4growth.workshop.registration.model.Registration;
import eu.od4growth.workshop.registration.model.RegistrationStatus;
import eu.od4growth.workshop.session.Session;

/** A registration as its participant and the session's organisers read it; times in the session's zone. */
@Schema(name = "Registration")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationView(UUID id, UUID session, UUID event, Map<String, String> eventTitle,
        RegistrationStatus status,
        @Schema(description = "Place on the waiting list, from 1 (WAITING only)") Long position,
        @Schema(description = "Until when the offered place is held (OFFERED only)") OffsetDateTime offerExpiresAt,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, String name, String email, String language,
        @Schema(description = "The participant's organization, from their token") String organization,
        Map<String, Object> answers,
        @Schema(description = "The online meeting link, for confirmed participants of online and hybrid events") String joinUrl,
        @Schema(description = "Code to show at the entrance (CONFIRMED only); its QR code is at qr.svg and qr.png", examples = "K7PA-9QXM") String checkInCode,
        @Schema(description = "When the participant was checked in, in the session's zone; absent until then") OffsetDateTime checkedInAt,
        Instant createdAt, Instant updatedAt) {

    static RegistrationView of(Registrations.Placed placed) {
        Registration r = placed.registration();
        Session session = r.session();
        Event event = session.event();
        boolean confirmed = r.status() == RegistrationStatus.CONFIRMED;
        return new RegistrationView(r.id(), session.id(), event.id(), event.title(), r.status(), placed.position(),
                session.shown(r.offerExpiresAt()), session.shown(session.startsAt()), session.shown(session.endsAt()),
                session.zone().getId(), r.name(), r.email(), r.language(), r.organisation(), r.answers(),
                confirmed && event.format() != EventFormat.IN_PERSON ? event.joinUrl() : null,
                confirmed ? CheckInCode.shown(r.checkinCode()) : null, session.shown(r.checkedInAt()), r.createdAt(),
                r.updatedAt());
    }
}
