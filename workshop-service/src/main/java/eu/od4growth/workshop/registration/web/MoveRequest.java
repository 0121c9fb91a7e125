package eu.od4growth.workshop.registration.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an organiser moves a registration. */
@Schema(name = "MoveRequest")
public record MoveRequest(@NotNull @Schema(description = "Another session of the same organisation") UUID session) {
}
