package eu.od4growth.workshop.event;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.workflow.OwnedRecords;
import io.quarkus.panache.common.Sort;

/** The event use cases: everyone reads public events, coordinators plan those of their own organisation. */
@ApplicationScoped
class EventPlanning {

    private final OwnedRecords<Event> events;

    EventPlanning(EventRepository repository, Caller caller) {
        this.events = new OwnedRecords<>(repository, caller, "Event", Caller.COORDINATOR,
                Filter.all().and("status <> :draft").with("draft", EventStatus.DRAFT));
    }

    @Transactional
    PageResponse<EventView> list(PageParams paging, String organization) {
        return events.page(paging, Filter.all().and("ownerOrganisation = :organization", "organization", organization),
                Sort.by("startsAt").and("id"), EventView::of);
    }

    @Transactional
    Event get(UUID id) {
        return events.findVisible(id);
    }

    @Transactional
    Event create(EventRequest request) {
        return events.create((organiser, author) -> Event.draft(request, organiser, author));
    }

    @Transactional
    Event revise(UUID id, String ifMatch, EventRequest request) {
        return events.change(id, ifMatch, event -> event.revise(request));
    }

    @Transactional
    Event perform(UUID id, String ifMatch, EventAction action) {
        return events.change(id, ifMatch, event -> event.perform(action));
    }
}
