package eu.od4growth.catalog.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** The directory's use cases: anyone reads it, administrators register, members describe their own organisation. */
@ApplicationScoped
class OrganisationDirectory {

    private final OrganisationRepository organisations;
    private final Caller caller;

    OrganisationDirectory(OrganisationRepository organisations, Caller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @Transactional
    PageResponse<OrganisationView> list(PageParams paging) {
        var query = organisations.findAll(Sort.by("name").and("slug")).page(Page.of(paging.page, paging.size));
        return new PageResponse<>(query.list().stream().map(OrganisationView::of).toList(), paging.page, paging.size,
                query.count());
    }

    @Transactional
    Organisation get(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Organisation", slug));
    }

    @Transactional
    Organisation register(OrganisationRequest request) {
        Organisation organisation = Organisation.register(request);
        // A taken slug, even by a concurrent request, is the unique constraint's 409 naming it.
        organisations.persistAndFlush(organisation);
        return organisation;
    }

    @Transactional
    Organisation revise(String slug, String ifMatch, OrganisationRequest request) {
        Organisation organisation = get(slug);
        caller.requireMemberOf(organisation.slug);
        ETags.requireMatch(ifMatch, organisation.version());
        organisation.revise(request);
        organisations.flush();
        return organisation;
    }
}
