package eu.od4growth.workshop.registration.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A check-in at the door: the session and the code the participant shows (or its QR code's content). */
@Schema(name = "CheckInRequest", description = "A check-in at the door: the session and the code the participant shows (or the content of its QR code)")
public record CheckInRequest(
        @NotNull @Schema(description = "The session people arrive at", examples = "6d2e9a41-3c7b-4f08-a5d2-91e4b7c0f318") UUID session,
        @NotBlank @Size(max = 20) @Schema(description = "The participant's check-in code, in any case, with or without the dash", examples = "K7PA-9QXM") String code) {
}
