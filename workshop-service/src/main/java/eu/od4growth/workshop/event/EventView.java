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
@Schema(name = "Event")
public record EventView(UUID id, Map<String, String> title, Map<String, String> summary,
        Map<String, String> description, EventKind kind, EventFormat format, Instant startsAt, Instant endsAt,
        String address,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only for organisers and confirmed participants") String joinUrl,
        Map<String, String> audience, List<String> languages, Set<MaturityDimension> dimensions, List<String> tags,
        List<Speaker> speakers, List<KitItem> kit, List<RegistrationQuestion> questions,
        @Schema(description = "The satisfaction questionnaire") FeedbackSettings feedback,
        @Schema(description = "How long before each session its confirmed participants are reminded (ISO 8601)", examples = "[\"PT48H\", \"PT2H\"]") List<String> reminders,
        EventStatus status,
        @Schema(description = "Slug of the organising organization") String organization, Instant createdAt,
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
