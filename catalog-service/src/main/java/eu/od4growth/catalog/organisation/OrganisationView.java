package eu.od4growth.catalog.organisation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as the public directory shows it. */
@Schema(name = "Organization")
public record OrganisationView(UUID id, String slug, String name, OrganisationKind kind, String nutsCode,
        String website, String contactEmail, String logoUrl, Map<String, String> description, Instant createdAt,
        Instant updatedAt) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.id(), organisation.slug, organisation.name, organisation.kind,
                organisation.nutsCode, organisation.website, organisation.contactEmail, organisation.logoUrl,
                organisation.description, organisation.createdAt(), organisation.updatedAt());
    }
}
