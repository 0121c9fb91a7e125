package eu.od4growth.catalog.organisation;

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

/** A publishing organisation of the catalogue, identified by a stable slug. */
@Entity
@Table(name = "organisation")
public class Organisation extends VersionedEntity {

    String slug;
    String name;
    @Enumerated(EnumType.STRING)
    OrganisationKind kind;
    @Column(name = "nuts_code")
    String nutsCode;
    String website;
    @Column(name = "contact_email")
    String contactEmail;
    @Column(name = "logo_url")
    String logoUrl;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> description;

    protected Organisation() {
        // for Hibernate
    }

    static Organisation register(OrganisationRequest request) {
        Organisation organisation = new Organisation();
        organisation.slug = request.slug();
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
        contactEmail = request.contactEmail();
        logoUrl = request.logoUrl();
        description = request.description() == null ? Map.of() : Map.copyOf(request.description());
        touch();
    }
}
