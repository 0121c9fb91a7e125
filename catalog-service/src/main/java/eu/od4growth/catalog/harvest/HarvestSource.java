package eu.od4growth.catalog.harvest;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import eu.od4growth.common.persistence.VersionedEntity;

/** A catalogue harvested into an organisation, registered by an administrator. */
@Entity
@Table(name = "harvest_source")
public class HarvestSource extends VersionedEntity {

    @Column(name = "owner_organisation")
    String organisation;
    @Column(name = "created_by")
    String createdBy;
    String name;
    @Enumerated(EnumType.STRING)
    HarvestKind kind;
    String url;
    String language;
    boolean master;
    @Column(name = "every_hours")
    Integer everyHours;
    @Column(name = "next_run_at")
    Instant nextRunAt;

    protected HarvestSource() {
        // for Hibernate
    }

    HarvestSource(HarvestSourceRequest request, String author) {
        organisation = request.organization();
        createdBy = author;
        name = request.name().strip();
        kind = request.kind();
        url = request.url().strip();
        language = request.language() == null ? "en" : request.language();
        master = request.master();
        everyHours = request.everyHours();
        nextRunAt = everyHours == null ? null : Instant.now();
    }
}
