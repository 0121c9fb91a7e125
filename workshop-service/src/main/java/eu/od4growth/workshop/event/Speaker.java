package eu.od4growth.workshop.event;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.common.validation.MultilingualText;

/** Someone who speaks at an event; stored with the event, as a value. */
@Schema(name = "Speaker")
public record Speaker(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Schema(description = "Organisation or role") String affiliation,
        @MultilingualText(max = 1000) Map<String, String> bio) {
}
