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
@Schema(name = "KitItem", description = "One piece of an event's pedagogical kit: a document, a link or a video, for everyone or for confirmed participants only")
public record KitItem(
        @NotEmpty @MultilingualText(max = 200) @Schema(required = true, minProperties = 1, description = "Title, keyed by language code (fr, en, it, pl, es, hu, lv, lt, el), at most 200 characters each", examples = "{\"fr\": \"Guide de la stratégie open data\", \"en\": \"Open data strategy guide\"}") Map<String, String> title,
        @NotBlank @Size(max = 1000) @Pattern(regexp = EventRequest.WEB_URL, message = EventRequest.WEB_URL_MESSAGE) @Schema(description = "Where the item is, an http or https URL", examples = "https://od4growth.eu/kit/open-data-strategy-guide.pdf") String url,
        @NotNull Kind kind,
        @NotNull @Schema(description = "PUBLIC: shown to everyone; PARTICIPANTS: to confirmed participants and organisers") Access access) {

    /** What the link leads to. */
    @Schema(description = "What a kit item's link leads to: DOCUMENT (a file to read), LINK (a web page) or VIDEO")
    public enum Kind {
        DOCUMENT,
        LINK,
        VIDEO
    }

    /** Who sees the item. */
    @Schema(description = "Who sees a kit item: PUBLIC (everyone) or PARTICIPANTS (confirmed participants and organisers)")
    public enum Access {
        PUBLIC,
        PARTICIPANTS
    }
}
