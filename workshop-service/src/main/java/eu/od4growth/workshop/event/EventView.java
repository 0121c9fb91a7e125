package eu.od4growth.workshop.event;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An event as clients read it. The join URL and the participants-only part of the kit appear only for its
 * organisers and its confirmed participants ({@code insider}).
 */
@Schema(name = "Event", description = "An event of the programme (workshop, technical day, webinar, training) as clients read it; its dates and places are in its sessions")
public record EventView(
        UUID id,
        @Schema(description = "Title, keyed by language code (fr, en, it, pl, es, hu, lv, lt, el)", examples = "{\"fr\": \"Atelier stratégie de données\", \"en\": \"Data strategy workshop\"}") Map<String, String> title,
        @Schema(description = "One or two sentences for lists, by language code") Map<String, String> summary,
        @Schema(description = "Full description, by language code") Map<String, String> description, EventKind kind,
        EventFormat format,
        Instant startsAt,
        Instant endsAt,
        @Schema(description = "Where it takes place (IN_PERSON, HYBRID)", examples = "Maison de la Région, 1 place Adrien Zeller, Strasbourg") String address,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only for organisers and confirmed participants") String joinUrl,
        @Schema(description = "Who the event is for, by language code") Map<String, String> audience,
        @Schema(description = "Languages the event is held in", examples = "[\"fr\", \"en\"]") List<String> languages,
        @Schema(description = "The maturity dimensions the event strengthens") Set<MaturityDimension> dimensions,
        @Schema(description = "Free tags, lower case", examples = "[\"data-strategy\", \"regions\"]") List<String> tags,
        @Schema(description = "Its speakers") List<Speaker> speakers,
        @Schema(description = "Pedagogical kit; the PARTICIPANTS items only for organisers and confirmed participants") List<KitItem> kit,
        @Schema(description = "Questions asked at registration") List<RegistrationQuestion> questions,
        @Schema(description = "The satisfaction questionnaire") FeedbackSettings feedback,
        @Schema(description = "How long before each session its confirmed participants are reminded (ISO 8601)", examples = "[\"PT48H\", \"PT2H\"]") List<String> reminders,
        EventStatus status,
        @Schema(description = "Slug of the organising organization", examples = "grand-est") String organization,
        Instant createdAt,
        Instant updatedAt) {

    static EventView of(Event event, boolean insider) {
        List<KitItem> kit = event.kit == null ? List.of()
                : event.kit.stream().filter(item -> insider || item.access() == KitItem.Access.PUBLIC).toList();
        return new EventView(event.id(), event.title, event.summary, event.description, event.kind, event.format,
                event.startsAt, event.endsAt, event.address, insider ? event.joinUrl : null, event.audience,
                list(event.languages), event.dimensions(), list(event.tags), orEmpty(event.speakers), kit,
                event.questions(), event.feedback(), event.reminders(), event.status, event.ownerOrganisation(),
                event.createdAt(),
                event.updatedAt());
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
