package eu.od4growth.workshop.event;

import java.time.Instant;
import java.util.Map;

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
    Map<String, String> description;
    @Enumerated(EnumType.STRING)
    EventFormat format;
    @Column(name = "starts_at")
    Instant startsAt;
    @Column(name = "ends_at")
    Instant endsAt;
    String location;
    @Enumerated(EnumType.STRING)
    EventStatus status;

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

    /** Changes what the event is; a cancelled event is kept as it was announced. */
    void revise(EventRequest request) {
        if (status == EventStatus.CANCELLED) {
            throw ProblemException.conflict("A cancelled event cannot change; create a new one");
        }
        apply(request);
    }

    void perform(EventAction action) {
        status = LIFECYCLE.next(status, action);
        touch();
    }

    @Override
    public boolean isPublic() {
        return status != EventStatus.DRAFT;
    }

    private void apply(EventRequest request) {
        title = Map.copyOf(request.title());
        description = request.description() == null ? Map.of() : Map.copyOf(request.description());
        format = request.format();
        startsAt = request.startsAt();
        endsAt = request.endsAt();
        location = request.location();
        touch();
    }
}
