package eu.od4growth.catalog.organisation;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** What the other features need of the directory: the organisations that publish datasets, as DCAT-AP describes them. */
@ApplicationScoped
public class Publishers {

    private final OrganisationRepository organisations;

    Publishers(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** A publisher as the catalogue export names it. */
    public record Publisher(String slug, String name, OrganisationKind kind, String website, String contactEmail) {
    }

    /** An organisation as catalogue APIs other than the directory (CKAN's organization dicts) present it. */
    public record Profile(java.util.UUID id, String slug, String name, Map<String, String> description,
            String logoUrl, java.time.Instant createdAt) {
    }

    /** One slice of the directory ordered by name (then slug), from {@code offset}. */
    @Transactional
    public java.util.List<Profile> profiles(int offset, int limit, boolean descending) {
        String order = descending ? "name desc, slug desc" : "name, slug";
        return organisations.find("order by " + order).range(offset, offset + limit - 1).list().stream()
                .map(Publishers::profile).toList();
    }

    /** The organisation of {@code slug} or id, if registered. */
    @Transactional
    public java.util.Optional<Profile> profile(String slugOrId) {
        java.util.Optional<Organisation> found = organisations.findBySlug(slugOrId);
        if (found.isEmpty()) {
            try {
                found = organisations.findByIdOptional(java.util.UUID.fromString(slugOrId));
            } catch (IllegalArgumentException notAnId) {
                // a slug that is not registered
            }
        }
        return found.map(Publishers::profile);
    }

    private static Profile profile(Organisation o) {
        return new Profile(o.id(), o.slug, o.name, o.description == null ? Map.of() : o.description, o.logoUrl,
                o.createdAt());
    }

    /** The registered organisations among {@code slugs}; an unregistered slug is simply absent. */
    @Transactional
    public Map<String, Publisher> bySlug(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return organisations.list("slug in ?1", slugs).stream()
                .map(o -> new Publisher(o.slug, o.name, o.kind, o.website, o.contactEmail))
                .collect(Collectors.toMap(Publisher::slug, Function.identity()));
    }
}
