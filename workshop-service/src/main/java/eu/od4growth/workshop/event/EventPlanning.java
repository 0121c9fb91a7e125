package eu.od4growth.workshop.event;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.common.events.DomainEvents;
import eu.od4growth.common.events.EventType;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.workflow.OwnedRecords;
import io.quarkus.panache.common.Sort;

/**
 * The event use cases: everyone reads public events, coordinators plan those of their own organisation. Sessions find
 * their event through {@link #get}.
 */
@ApplicationScoped
public class EventPlanning {

    private final OwnedRecords<Event> events;
    private final Caller caller;
    private final EventInsiders insiders;
    private final jakarta.enterprise.event.Event<EventChanged> changes;
    private final DomainEvents domainEvents;

    EventPlanning(EventRepository repository, Caller caller, EventInsiders insiders,
            jakarta.enterprise.event.Event<EventChanged> changes, DomainEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.events = new OwnedRecords<>(repository, caller, "Event", Caller.COORDINATOR,
                Filter.all().and("status <> :draft").with("draft", EventStatus.DRAFT));
        this.caller = caller;
        this.insiders = insiders;
        this.changes = changes;
    }

    @Transactional
    PageResponse<EventView> list(PageParams paging, EventQuery query) {
        return events.page(paging, query.filter(), Sort.by("startsAt").and("id"),
                event -> EventView.of(event, caller.manages(event.ownerOrganisation(), Caller.COORDINATOR)));
    }

    @Transactional
    public Event get(UUID id) {
        return events.findVisible(id);
    }

    /** Organisers and confirmed participants see the join URL and the participants' kit. */
    @Transactional
    EventView view(Event event) {
        boolean insider = caller.manages(event.ownerOrganisation(), Caller.COORDINATOR)
                || caller.subject() != null && insiders.isConfirmedParticipant(event.id(), caller.subject());
        return EventView.of(event, insider);
    }

    @Transactional
    Event create(EventRequest request) {
        return events.create((organiser, author) -> Event.draft(request, organiser, author));
    }

    @Transactional
    Event revise(UUID id, String ifMatch, EventRequest request) {
        boolean[] moved = { false };
        Event event = events.change(id, ifMatch, e -> moved[0] = e.revise(request));
        if (moved[0]) {
            changes.fire(new EventChanged(id, EventChanged.Change.MOVED));
        }
        return event;
    }

    @Transactional
    Event perform(UUID id, String ifMatch, EventAction action) {
        Event event = events.change(id, ifMatch, e -> e.perform(action));
        if (action == EventAction.CANCEL) {
            changes.fire(new EventChanged(id, EventChanged.Change.CANCELLED));
        }
        domainEvents.record(action == EventAction.CANCEL ? EventType.EVENT_CANCELLED : EventType.EVENT_PUBLISHED,
                event.ownerOrganisation(), id, "/api/events/" + id);
        return event;
    }
}
