package eu.od4growth.catalog.reuse;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stored reuses. */
@ApplicationScoped
class ReuseRepository implements PanacheRepositoryBase<Reuse, UUID> {
}
