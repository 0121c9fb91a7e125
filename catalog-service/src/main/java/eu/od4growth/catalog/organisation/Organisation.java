package eu.od4growth.catalog.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import eu.od4growth.common.problem.ProblemException;

/** A publishing organisation of the catalogue, identified by a stable slug. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    UUID id;
    String slug;
    String name;
    @Enumerated(EnumType.STRING)
    OrganisationKind kind;
    @Column(name = "nuts_code")
    String nutsCode;
    String website;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Version
    @Column(name = "row_version")
    long version;

    protected Organisation() {
        // for Hibernate
    }

    static Organisation register(OrganisationRequest request) {
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.slug = request.slug();
        organisation.createdAt = Instant.now();
        organisation.apply(request);
        return organisation;
    }

    /** The slug is what tokens and records refer to, so it never changes. */
    void revise(OrganisationRequest request) {
        if (!slug.equals(request.slug())) {
            throw ProblemException.conflict("The slug of an organisation cannot change (it is " + slug + ")");
        }
        apply(request);
    }

    private void apply(OrganisationRequest request) {
        name = request.name().strip();
        kind = request.kind();
        nutsCode = request.nutsCode();
        website = request.website();
        updatedAt = Instant.now();
    }
}
