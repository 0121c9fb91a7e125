package eu.od4growth.workshop.event;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.common.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Queries on events, with the visibility rule written once. */
@ApplicationScoped
class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /** Public events, plus the drafts of the given organisation (see {@link Caller#managedOrganisation}), by date. */
    PanacheQuery<Event> visibleTo(String draftsOf) {
        Sort sort = Sort.by("startsAt").and("id");
        if (Caller.ANY_ORGANISATION.equals(draftsOf)) {
            return findAll(sort);
        }
        return find("status <> :draft or organiserOrganisation = :organiser", sort,
                Parameters.with("draft", EventStatus.DRAFT).and("organiser", String.valueOf(draftsOf)));
    }
}
