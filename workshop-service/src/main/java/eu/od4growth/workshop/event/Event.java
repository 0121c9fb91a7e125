package eu.od4growth.workshop.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.od4growth.common.persistence.OwnedRecord;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.workflow.StateMachine;

/** An event organised by an organisation: drafted, then published, possibly cancelled; never back to draft. */
@Entity
@Table(name = "event")
public class Event extends OwnedRecord {

    static final StateMachine<EventStatus, EventAction> LIFECYCLE = StateMachine
            .of("event", EventStatus.DRAFT, EventAction.class)
            .on(EventAction.PUBLISH, EventStatus.DRAFT, EventStatus.PUBLISHED)
            .on(EventAction.CANCEL, EventStatus.PUBLISHED, EventStatus.CANCELLED)
            .build();

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> title;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> summary;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> description;
    @Enumerated(EnumType.STRING)
    EventKind kind;
    @Enumerated(EnumType.STRING)
    EventFormat format;
    @Column(name = "starts_at")
    Instant startsAt;
    @Column(name = "ends_at")
    Instant endsAt;
    String address;
    @Column(name = "join_url")
    String joinUrl;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> audience;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] languages;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] dimensions;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] tags;
    @JdbcTypeCode(SqlTypes.JSON)
    List<Speaker> speakers;
    @JdbcTypeCode(SqlTypes.JSON)
    List<KitItem> kit;
    @JdbcTypeCode(SqlTypes.JSON)
    List<RegistrationQuestion> questions;
    @Enumerated(EnumType.STRING)
    EventStatus status;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reminder_offsets")
    String[] reminderOffsets;
    @Column(name = "feedback_anonymous")
    boolean feedbackAnonymous;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "feedback_questions")
    List<RegistrationQuestion> feedbackQuestions;

    protected Event() {
        // for Hibernate
    }

    private Event(String organiser, String author) {
        super(organiser, author);
        status = LIFECYCLE.initial();
    }

    /** A new event is always a draft; it becomes public only through {@link EventAction#PUBLISH}. */
    static Event draft(EventRequest request, String organiser, String author) {
        Event event = new Event(organiser, author);
        event.apply(request);
        return event;
    }

    /**
     * Changes what the event is; a cancelled event is kept as it was announced. Answers whether where or how people
     * attend changed, which its participants must be told.
     */
    boolean revise(EventRequest request) {
        if (status == EventStatus.CANCELLED) {
            throw ProblemException.conflict("A cancelled event cannot change; create a new one");
        }
        boolean moved = status == EventStatus.PUBLISHED && (format != request.format()
                || !Objects.equals(address, request.address()) || !Objects.equals(joinUrl, request.joinUrl()));
        apply(request);
        return moved;
    }

    void perform(EventAction action) {
        status = LIFECYCLE.next(status, action);
        touch();
    }

    @Override
    public boolean isPublic() {
        return status != EventStatus.DRAFT;
    }

    /** Whether people may register for its sessions: published and not cancelled. */
    public boolean isOpenForRegistration() {
        return status == EventStatus.PUBLISHED;
    }

    public EventStatus status() {
        return status;
    }

    public Map<String, String> title() {
        return title;
    }

    public Map<String, String> summary() {
        return summary;
    }

    public EventFormat format() {
        return format;
    }

    public String address() {
        return address;
    }

    public String joinUrl() {
        return joinUrl;
    }

    /** How long before each session its confirmed participants are reminded (ISO 8601, e.g. PT48H). */
    public List<String> reminders() {
        return reminderOffsets == null ? List.of() : List.of(reminderOffsets);
    }

    /** How the event collects its satisfaction questionnaire. */
    public FeedbackSettings feedback() {
        return new FeedbackSettings(feedbackAnonymous, feedbackQuestions);
    }

    public List<RegistrationQuestion> questions() {
        return questions == null ? List.of() : questions;
    }

    /** The maturity dimensions the event strengthens. */
    public Set<MaturityDimension> dimensions() {
        return dimensions == null || dimensions.length == 0 ? Set.of()
                : Arrays.stream(dimensions).map(MaturityDimension::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(MaturityDimension.class)));
    }

    private void apply(EventRequest request) {
        title = Map.copyOf(request.title());
        summary = copy(request.summary());
        description = copy(request.description());
        kind = request.kind();
        format = request.format();
        startsAt = request.startsAt();
        endsAt = request.endsAt();
        address = request.address();
        joinUrl = request.joinUrl();
        audience = copy(request.audience());
        languages = array(request.languages());
        dimensions = request.dimensions() == null ? new String[0]
                : request.dimensions().stream().sorted().map(Enum::name).toArray(String[]::new);
        tags = array(request.tags());
        speakers = request.speakers() == null ? List.of() : List.copyOf(request.speakers());
        kit = request.kit() == null ? List.of() : List.copyOf(request.kit());
        questions = request.questions() == null ? List.of() : List.copyOf(request.questions());
        reminderOffsets = request.reminderDurations().stream().map(Duration::toString).toArray(String[]::new);
        FeedbackSettings feedback = request.feedback() == null ? FeedbackSettings.standard() : request.feedback();
        feedbackAnonymous = feedback.anonymous();
        feedbackQuestions = feedback.questions();
        touch();
    }

    private static Map<String, String> copy(Map<String, String> text) {
        return text == null ? Map.of() : Map.copyOf(text);
    }

    private static String[] array(List<String> values) {
        return values == null ? new String[0] : values.stream().distinct().toArray(String[]::new);
    }
}
