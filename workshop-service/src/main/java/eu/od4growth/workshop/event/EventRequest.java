package eu.od4growth.workshop.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;

import eu.od4growth.common.i18n.Languages;
import eu.od4growth.common.validation.MultilingualText;

/** What a coordinator sends to draft or change an event; its status changes only through actions. */
@Schema(name = "EventRequest", description = "What a coordinator sends to draft or change an event; a new event is a DRAFT, its status changes only through the publish and cancel actions")
public record EventRequest(
        @NotEmpty @MultilingualText(max = 200) @Schema(required = true, minProperties = 1, description = "Title, keyed by language code (fr, en, it, pl, es, hu, lv, lt, el), at most 200 characters each", examples = "{\"fr\": \"Atelier stratégie de données\", \"en\": \"Data strategy workshop\"}") Map<String, String> title,
        @MultilingualText(max = 500) @Schema(description = "One or two sentences for lists") Map<String, String> summary,
        @MultilingualText(max = 4000) @Schema(description = "Full description, by language code, at most 4000 characters each") Map<String, String> description,
        @NotNull EventKind kind,
        @NotNull EventFormat format,
        @NotNull @Schema(description = "Start of the whole event; its sessions carry their own times", examples = "2027-03-15T09:00:00Z") Instant startsAt,
        @NotNull @Schema(description = "End of the whole event, after startsAt", examples = "2027-03-15T17:00:00Z") Instant endsAt,
        @Size(max = 300) @JsonAlias("location") @Schema(description = "Where it takes place (IN_PERSON, HYBRID); formerly 'location', still accepted") String address,
        @Size(max = 500) @Pattern(regexp = WEB_URL, message = WEB_URL_MESSAGE) @Schema(description = "Online meeting link (ONLINE, HYBRID); shown only to organisers and confirmed participants") String joinUrl,
        @MultilingualText(max = 500) @Schema(description = "Who the event is for") Map<String, String> audience,
        @Size(max = 9) @Schema(description = "Languages the event is held in") List<@NotNull @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String> languages,
        @Schema(description = "The maturity dimensions the event strengthens") Set<@NotNull MaturityDimension> dimensions,
        @Size(max = 20) @Schema(description = "Free tags: 1 to 40 lower-case letters, digits or dashes", examples = "[\"data-strategy\", \"regions\"]") List<@NotNull @Pattern(regexp = TAG, message = "must be 1 to 40 lower-case letters, digits or dashes") String> tags,
        @Valid @Size(max = 50) @Schema(description = "Its speakers") List<@NotNull Speaker> speakers,
        @Valid @Size(max = 50) @Schema(description = "Pedagogical kit: documents and links") List<@NotNull KitItem> kit,
        @Valid @Size(max = 50) @Schema(description = "Questions asked at registration") List<@NotNull RegistrationQuestion> questions,
        @Valid @Schema(description = "The satisfaction questionnaire: anonymous or not, extra questions; none and named when absent") FeedbackSettings feedback,
        @Size(max = 5) @Schema(description = "How long before each session its confirmed participants are reminded, ISO 8601 durations from PT5M to P60D; P2D and PT2H when absent, none when empty", examples = "[\"P2D\", \"PT2H\"]") List<@NotNull String> reminders) {

    /** Reminders when the event says nothing: two days and two hours before. */
    public static final List<Duration> DEFAULT_REMINDERS = List.of(Duration.ofDays(2), Duration.ofHours(2));
    static final Duration SHORTEST_REMINDER = Duration.ofMinutes(5);
    static final Duration LONGEST_REMINDER = Duration.ofDays(60);

    static final String WEB_URL = "https?://\\S+";
    static final String WEB_URL_MESSAGE = "must be an http or https URL";
    static final String TAG = "[a-z0-9][a-z0-9-]{0,39}";

    /** Requests of the former contract (a kind in {@code format}, no {@code kind}) are read as they were meant. */
    public EventRequest {
        if (kind == null && format != null && format.formerKind() != null) {
            kind = format.formerKind();
        }
        if (format != null) {
            format = format.current();
        }
    }

    /** Checked with the other fields, so a reversed period is listed among the violations. */
    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "endsAt must be after startsAt")
    public boolean isPeriodValid() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }

    /** Each reminder an ISO 8601 duration (days, hours, minutes) from five minutes to sixty days. */
    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "reminders must be ISO 8601 durations from PT5M to P60D, e.g. P2D or PT2H")
    public boolean isRemindersValid() {
        return reminders == null || reminders.stream().allMatch(EventRequest::isReminder);
    }

    /** The reminders as durations, in the order given, without repeats; the default when absent. */
    public List<Duration> reminderDurations() {
        return reminders == null ? DEFAULT_REMINDERS
                : reminders.stream().filter(EventRequest::isReminder).map(Duration::parse).distinct().toList();
    }

    private static boolean isReminder(String text) {
        try {
            Duration duration = Duration.parse(text);
            return duration.compareTo(SHORTEST_REMINDER) >= 0 && duration.compareTo(LONGEST_REMINDER) <= 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Answers are keyed by question code, so two questions may not share one. */
    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "question codes must be unique")
    public boolean isQuestionCodesUnique() {
        if (questions == null) {
            return true;
        }
        List<String> codes = questions.stream().filter(q -> q != null && q.code() != null)
                .map(RegistrationQuestion::code).toList();
        return codes.stream().distinct().count() == codes.size();
    }
}
