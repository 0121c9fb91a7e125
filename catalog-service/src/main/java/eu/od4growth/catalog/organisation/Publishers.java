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
