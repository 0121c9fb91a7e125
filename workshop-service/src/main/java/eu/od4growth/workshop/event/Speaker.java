package eu.od4growth.workshop.event;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.common.validation.MultilingualText;

/** Someone who speaks at an event; stored with the event, as a value. */
@Schema(name = "Speaker", description = "Someone who speaks at an event")
public record Speaker(
        @NotBlank @Size(max = 200) @Schema(description = "Full name", examples = "Claire Dubois") String name,
        @Size(max = 200) @Schema(description = "Organisation or role", examples = "Région Grand Est, open data officer") String affiliation,
        @MultilingualText(max = 1000) @Schema(description = "Short biography, keyed by language code (fr, en, it, pl, es, hu, lv, lt, el), at most 1000 characters each") Map<String, String> bio) {
}
