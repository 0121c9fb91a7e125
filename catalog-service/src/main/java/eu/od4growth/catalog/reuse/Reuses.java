package eu.od4growth.catalog.reuse;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.od4growth.catalog.dataset.application.DatasetCatalogue;
import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;

/**
 * The reuse use cases: everyone reads them; a signed-in user declares one of published datasets, naming their own
 * organization or a person as author; its author or an administrator changes or removes it.
 */
@ApplicationScoped
class Reuses {

    private final ReuseRepository reuses;
    private final DatasetCatalogue catalogue;
    private final Caller caller;
    private final EntityManager entities;

    Reuses(ReuseRepository reuses, DatasetCatalogue catalogue, Caller caller, EntityManager entities) {
        this.reuses = reuses;
        this.catalogue = catalogue;
        this.caller = caller;
        this.entities = entities;
    }

    /** One page of reuses, the newest first, of one dataset and of one type when asked. */
    @Transactional
    PageResponse<ReuseView> list(UUID dataset, ReuseType type, PageParams paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (dataset != null) {
            where.append(" AND datasets @> cast(:dataset as jsonb)");
        }
        if (type != null) {
            where.append(" AND type = :type");
        }
        var ids = entities.createNativeQuery("SELECT id FROM reuse WHERE " + where
                + " ORDER BY created_at DESC, id LIMIT " + paging.size + " OFFSET " + (long) paging.page * paging.size);
        var count = entities.createNativeQuery("SELECT count(*) FROM reuse WHERE " + where);
        if (dataset != null) {
            ids.setParameter("dataset", "[\"" + dataset + "\"]");
            count.setParameter("dataset", "[\"" + dataset + "\"]");
        }
        if (type != null) {
            ids.setParameter("type", type.name());
            count.setParameter("type", type.name());
        }
        @SuppressWarnings("unchecked")
        List<UUID> found = ids.getResultList();
        List<ReuseView> items = found.stream().map(id -> ReuseView.of(reuses.findById(id))).toList();
        return new PageResponse<>(items, paging.page, paging.size, ((Number) count.getSingleResult()).longValue());
    }

    @Transactional
    Reuse get(UUID id) {
        return reuses.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Reuse", id));
    }

    @Transactional
    Reuse declare(ReuseRequest request) {
        check(request);
        Reuse reuse = Reuse.declare(request, caller.subject());
        reuses.persistAndFlush(reuse);
        return reuse;
    }

    @Transactional
    Reuse revise(UUID id, String ifMatch, ReuseRequest request) {
        Reuse reuse = authored(id, ifMatch);
        check(request);
        reuse.apply(request);
        reuses.flush();
        return reuse;
    }

    @Transactional
    void remove(UUID id, String ifMatch) {
        reuses.delete(authored(id, ifMatch));
    }

    private Reuse authored(UUID id, String ifMatch) {
        Reuse reuse = get(id);
        if (!caller.isAdmin() && !reuse.createdBy.equals(caller.subject())) {
            throw ProblemException.forbidden("Only the author of a reuse (or an administrator) changes it");
        }
        ETags.requireMatch(ifMatch, reuse.version());
        return reuse;
    }

    /** The datasets must be published; the author organization must be the caller's own. */
    private void check(ReuseRequest request) {
        Violations violations = new Violations();
        for (int i = 0; i < request.datasets().size(); i++) {
            UUID id = request.datasets().get(i);
            boolean published;
            try {
                Dataset dataset = catalogue.get(id);
                published = dataset.isPublic();
            } catch (ProblemException notVisible) {
                published = false;
            }
            if (!published) {
                violations.add("datasets[" + i + "]", "must be the id of a published dataset");
            }
        }
        if (request.authorOrganization() != null && !caller.isAdmin()
                && !caller.organisation().filter(request.authorOrganization()::equals).isPresent()) {
            violations.add("authorOrganization", "must be your own organization");
        }
        violations.throwIfAny();
    }

}
