package eu.od4growth.workshop.event;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;
import io.quarkus.panache.common.Page;

/** The event use cases: everyone reads public events, coordinators plan those of their own organisation. */
@ApplicationScoped
class EventPlanning {

    private final EventRepository events;
    private final Caller caller;

    EventPlanning(EventRepository events, Caller caller) {
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    PageResponse<EventView> list(int page, int size) {
        var query = events.visibleTo(caller.managedOrganisation(Caller.COORDINATOR)).page(Page.of(page, size));
        return new PageResponse<>(query.list().stream().map(EventView::of).toList(), page, size, query.count());
    }

    @Transactional
    Event get(UUID id) {
        Event event = events.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Event", id));
        if (!event.isPublic() && !caller.manages(event.organiserOrganisation, Caller.COORDINATOR)) {
            // Another organisation's draft: its existence is not disclosed.
            throw ProblemException.notFound("Event", id);
        }
        return event;
    }

    @Transactional
    Event create(EventRequest request) {
        Event event = Event.draft(request, caller.requireOrganisation(), caller.subject());
        events.persist(event);
        return event;
    }

    @Transactional
    Event revise(UUID id, String ifMatch, EventRequest request) {
        Event event = get(id);
        caller.requireMemberOf(event.organiserOrganisation);
        ETags.requireMatch(ifMatch, event.version());
        event.revise(request);
        events.flush();
        return event;
    }
}
