package eu.od4growth.workshop.event;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.common.validation.MultilingualText;

/** One piece of an event's pedagogical kit: a document or a link, for everyone or for its participants only. */
@Schema(name = "KitItem")
public record KitItem(
        @NotEmpty @MultilingualText(max = 200) Map<String, String> title,
        @NotBlank @Size(max = 1000) @Pattern(regexp = EventRequest.WEB_URL, message = EventRequest.WEB_URL_MESSAGE) String url,
        @NotNull Kind kind,
        @NotNull @Schema(description = "PUBLIC: shown to everyone; PARTICIPANTS: to confirmed participants and organisers") Access access) {

    /** What the link leads to. */
    public enum Kind {
        DOCUMENT,
        LINK,
        VIDEO
    }

    /** Who sees the item. */
    public enum Access {
        PUBLIC,
        PARTICIPANTS
    }
}
