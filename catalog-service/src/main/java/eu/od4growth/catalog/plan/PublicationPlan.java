package eu.od4growth.catalog.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.organisation.Publishers;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.workflow.OwnedRecords;
import io.quarkus.panache.common.Sort;

/**
 * The publication plan's use cases: an organisation's coordinators plan datasets and link them to the dataset once it
 * exists; its coordinators and publishers read the items; everyone reads the progress in aggregate.
 */
@ApplicationScoped
public class PublicationPlan {

    private static final String PROGRESS = """
            SELECT p.owner_organisation,
                   count(*) FILTER (WHERE d.status IN ('PUBLISHED', 'ARCHIVED')),
                   count(*) FILTER (WHERE (d.status IS NULL OR d.status NOT IN ('PUBLISHED', 'ARCHIVED')) AND p.target_date >= :today),
                   count(*) FILTER (WHERE (d.status IS NULL OR d.status NOT IN ('PUBLISHED', 'ARCHIVED')) AND p.target_date < :today)
            FROM planned_dataset p LEFT JOIN dataset d ON d.id = p.dataset_id""";

    private final OwnedRecords<PlannedDataset> items;
    private final PlannedDatasetRepository repository;
    private final Publishers publishers;
    private final Caller caller;
    private final EntityManager entities;
    private final Clock clock;

    PublicationPlan(PlannedDatasetRepository repository, Publishers publishers,
            Caller caller, EntityManager entities, Clock clock) {
        this.items = new OwnedRecords<>(repository, caller, "Planned dataset", Caller.COORDINATOR,
                Filter.all().and("id is null"));
        this.repository = repository;
        this.publishers = publishers;
        this.caller = caller;
        this.entities = entities;
        this.clock = clock;
    }

    /** The items of {@code organization}'s plan, by target date, for its coordinators and publishers. */
    @Transactional
    PageResponse<PlannedDatasetView> list(String organization, PageParams paging) {
        requireMember(organization);
        PageResponse<PlannedDataset> page = new PageResponse<>(
                repository.find("ownerOrganisation = ?1", Sort.by("targetDate").and("id"), organization)
                        .page(paging.page, paging.size).list(),
                paging.page, paging.size, repository.count("ownerOrganisation", organization));
        return new PageResponse<>(page.items().stream().map(this::view).toList(), paging.page, paging.size,
                page.total());
    }

    /** A planned dataset as read, with the version its ETag names; both come from one transaction, so they agree. */
    record Read(PlannedDatasetView view, long version) {
    }

    @Transactional
    Read get(String organization, UUID id) {
        requireMember(organization);
        PlannedDataset item = item(organization, id);
        return new Read(view(item), item.version());
    }

    @Transactional
    Read plan(String organization, PlannedDatasetRequest request) {
        if (publishers.bySlug(Set.of(organization)).isEmpty()) {
            throw ProblemException.notFound("Organization", organization);
        }
        if (!caller.manages(organization, Caller.COORDINATOR)) {
            throw ProblemException.forbidden("Only the coordinators of " + organization + " plan its datasets");
        }
        check(organization, request);
        PlannedDataset item = new PlannedDataset(organization, caller.subject(), request);
        repository.persistAndFlush(item);
        return new Read(view(item), item.version());
    }

    @Transactional
    Read revise(String organization, UUID id, String ifMatch, PlannedDatasetRequest request) {
        item(organization, id);
        check(organization, request);
        PlannedDataset item = items.change(id, ifMatch, changed -> changed.apply(request));
        return new Read(view(item), item.version());
    }

    /** The progress of {@code organization}'s plan (an unknown organisation is a 404). */
    @Transactional
    PlanProgressView progress(String organization) {
        if (publishers.bySlug(Set.of(organization)).isEmpty()) {
            throw ProblemException.notFound("Organization", organization);
        }
        List<PlanProgressView> found = progress(Optional.of(organization));
        return found.isEmpty() ? PlanProgressView.of(organization, 0, 0, 0) : found.get(0);
    }

    /** The progress of every organisation that has a plan. */
    @Transactional
    public List<PlanProgressView> progress() {
        return progress(Optional.empty());
    }

    /** Whether {@code id} is an item of {@code organization}'s plan (for data requests answered with it). */
    @Transactional
    public boolean isPlannedBy(UUID id, String organization) {
        return repository.findByIdOptional(id).filter(p -> p.ownerOrganisation().equals(organization)).isPresent();
    }

    @SuppressWarnings("unchecked")
    private List<PlanProgressView> progress(Optional<String> organization) {
        var query = entities.createNativeQuery(PROGRESS + (organization.isPresent() ? " WHERE p.owner_organisation = :o" : "")
                + " GROUP BY p.owner_organisation ORDER BY p.owner_organisation").setParameter("today", today());
        organization.ifPresent(o -> query.setParameter("o", o));
        List<PlanProgressView> views = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            views.add(PlanProgressView.of((String) row[0], ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
        }
        return views;
    }

    private PlannedDatasetView view(PlannedDataset item) {
        boolean published = false;
        if (item.datasetId() != null) {
            Dataset dataset = entities.find(Dataset.class, item.datasetId());
            published = dataset != null && dataset.isPublic();
        }
        return PlannedDatasetView.of(item, PlanProgress.of(item.targetDate, published, today()));
    }

    private PlannedDataset item(String organization, UUID id) {
        return repository.findByIdOptional(id).filter(item -> item.ownerOrganisation().equals(organization))
                .orElseThrow(() -> ProblemException.notFound("Planned dataset", id));
    }

    /** The linked dataset must be one of the organisation's. */
    private void check(String organization, PlannedDatasetRequest request) {
        if (request.datasetId() == null) {
            return;
        }
        Dataset dataset = entities.find(Dataset.class, request.datasetId());
        if (dataset == null || !dataset.ownerOrganisation().equals(organization)) {
            throw Violations.of("datasetId", "must be a dataset of " + organization);
        }
    }

    private void requireMember(String organization) {
        if (!caller.manages(organization, Caller.COORDINATOR) && !caller.manages(organization, Caller.PUBLISHER)) {
            throw ProblemException.forbidden("The items of a plan are its organization's; everyone reads "
                    + "/api/organizations/" + organization + "/plan-progress");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
