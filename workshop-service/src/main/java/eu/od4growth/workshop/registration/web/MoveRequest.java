package eu.od4growth.workshop.registration.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an organiser moves a registration. */
@Schema(name = "MoveRequest", description = "Where an organiser moves a registration: another session, where it is confirmed if a place is free, otherwise put on the waiting list")
public record MoveRequest(
        @NotNull @Schema(description = "Another session of the same organisation", examples = "6d2e9a41-3c7b-4f08-a5d2-91e4b7c0f318") UUID session) {
}
