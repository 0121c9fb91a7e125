package eu.od4growth.workshop.registration.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.common.i18n.Languages;

/** A registration for a session: the caller's own, or, with {@code participant}, someone an organiser registers. */
@Schema(name = "RegistrationRequest", description = "A registration for a session: the caller's own, or, with participant, someone an organiser registers. Confirmed while places are left, otherwise on the waiting list")
public record RegistrationRequest(
        @NotNull UUID session,
        @Schema(description = "Answers to the event's questions, keyed by question code; each checked against its type", examples = "{\"organisation-type\": \"region\"}") Map<String, Object> answers,
        @Valid @Schema(description = "Organisers only: the person they register (otherwise the caller, from the token)") Someone participant) {

    /** Someone an organiser registers: who, where to write, in which language. */
    @Schema(name = "RegistrationParticipant", description = "Someone an organiser registers: who, where to write, in which language")
    public record Someone(
            @NotBlank @Size(max = 200) @Schema(description = "Full name", examples = "Jan Kowalski") String name,
            @NotBlank @Email @Size(max = 320) @Schema(description = "E-mail address that receives the confirmation, reminders and offers", examples = "jan.kowalski@mazowieckie.pl") String email,
            @Schema(description = "Language of the mails (fr, en, it, pl, es, hu, lv, lt, el); en when absent", examples = "pl") @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String language) {
    }
}
