package eu.od4growth.workshop.event;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stored events; who sees which is the owned-record workflow's rule (see {@link EventPlanning}). */
@ApplicationScoped
class EventRepository implements PanacheRepositoryBase<Event, UUID> {
}
