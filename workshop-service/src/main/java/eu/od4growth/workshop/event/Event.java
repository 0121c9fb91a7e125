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

import eu.od4growth.common.persistence.VersionedEntity;
import eu.od4growth.common.problem.ProblemException;

/** An event organised by an organisation; once published it can be cancelled but never returns to draft. */
@Entity
@Table(name = "event")
public class Event extends VersionedEntity {

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
    @Column(name = "organiser_organisation")
    String organiserOrganisation;
    @Column(name = "created_by")
    String createdBy;

    protected Event() {
        // for Hibernate
    }

    static Event draft(EventRequest request, String organiser, String author) {
        Event event = new Event();
        event.organiserOrganisation = organiser;
        event.createdBy = author;
        event.status = EventStatus.DRAFT;
        event.apply(request);
        return event;
    }

    void revise(EventRequest request) {
        EventStatus next = request.status() == null ? status : request.status();
        if (status != EventStatus.DRAFT && next == EventStatus.DRAFT) {
            throw ProblemException.conflict("A " + status.name().toLowerCase() + " event cannot return to draft");
        }
        if (status == EventStatus.CANCELLED && next != EventStatus.CANCELLED) {
            throw ProblemException.conflict("A cancelled event cannot be published again; create a new one");
        }
        apply(request);
    }

    boolean isPublic() {
        return status != EventStatus.DRAFT;
    }

    private void apply(EventRequest request) {
        title = Map.copyOf(request.title());
        description = request.description() == null ? Map.of() : Map.copyOf(request.description());
        format = request.format();
        startsAt = request.startsAt();
        endsAt = request.endsAt();
        location = request.location();
        status = request.status() == null ? status : request.status();
        touch();
    }
}
