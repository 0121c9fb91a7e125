package eu.od4growth.catalog.organisation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as the public directory shows it. */
@Schema(name = "Organization", description = "A publishing organization of the public directory: a public body whose datasets, publication plan and reuses the catalogue holds")
public record OrganisationView(UUID id,
        @Schema(description = "Short unique name used in URLs and as the organization of datasets", examples = "grand-est") String slug,
        @Schema(description = "Official name", examples = "Région Grand Est") String name, OrganisationKind kind,
        @Schema(description = "NUTS code of the territory it covers", examples = "FRF") String nutsCode,
        @Schema(description = "Homepage (foaf:homepage)", examples = "https://www.grandest.fr") String website,
        @Schema(description = "Contact e-mail of the open-data team", examples = "opendata@grandest.fr") String contactEmail,
        @Schema(description = "URL of the logo image") String logoUrl,
        @Schema(description = "Presentation of the organization, per language (ISO 639-1 code to text)") Map<String, String> description,
        Instant createdAt, Instant updatedAt) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.id(), organisation.slug, organisation.name, organisation.kind,
                organisation.nutsCode, organisation.website, organisation.contactEmail, organisation.logoUrl,
                organisation.description, organisation.createdAt(), organisation.updatedAt());
    }
}
