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
@Schema(name = "Registration", description = "A registration for a session as its participant and the session's organisers read it; times in the session's time zone")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationView(
        UUID id,
        UUID session,
        UUID event,
        @Schema(description = "The event's title, keyed by language code (fr, en, it, pl, es, hu, lv, lt, el)", examples = "{\"fr\": \"Atelier stratégie de données\", \"en\": \"Data strategy workshop\"}") Map<String, String> eventTitle,
        RegistrationStatus status,
        @Schema(description = "Place on the waiting list, from 1 (WAITING only)", examples = "3") Long position,
        @Schema(description = "Until when the offered place is held (OFFERED only)") OffsetDateTime offerExpiresAt,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Schema(description = "IANA time zone of the session", examples = "Europe/Paris") String timeZone,
        @Schema(description = "The participant's name", examples = "Jan Kowalski") String name,
        @Schema(description = "The participant's e-mail address", examples = "jan.kowalski@mazowieckie.pl") String email,
        @Schema(description = "Language of the participant's mails", examples = "pl") String language,
        @Schema(description = "The participant's organization, from their token", examples = "mazowieckie") String organization,
        @Schema(description = "Answers to the event's questions, keyed by question code", examples = "{\"organisation-type\": \"region\"}") Map<String, Object> answers,
        @Schema(description = "The online meeting link, for confirmed participants of online and hybrid events") String joinUrl,
        @Schema(description = "Code to show at the entrance (CONFIRMED only); its QR code is at qr.svg and qr.png", examples = "K7PA-9QXM") String checkInCode,
        @Schema(description = "When the participant was checked in, in the session's zone; absent until then") OffsetDateTime checkedInAt,
        Instant createdAt,
        Instant updatedAt) {

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
