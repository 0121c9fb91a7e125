package eu.od4growth.catalog.organisation;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Lookups of organisations by their slug. */
@ApplicationScoped
class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    Optional<Organisation> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
