package eu.od4growth.catalog.dataset.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.dataset.model.DatasetAction;
import eu.od4growth.catalog.dataset.model.DatasetChange;
import eu.od4growth.catalog.dataset.model.DatasetRequest;
import eu.od4growth.catalog.dataset.model.DatasetStatus;
import eu.od4growth.catalog.dataset.model.Distribution;
import eu.od4growth.catalog.dataset.model.DistributionRequest;
import eu.od4growth.catalog.dataset.model.FieldChange;
import eu.od4growth.catalog.dataset.quality.QualityAssessor;
import eu.od4growth.catalog.dataset.quality.QualityReport;
import eu.od4growth.catalog.vocabulary.Term;
import eu.od4growth.catalog.vocabulary.Vocabularies;
import eu.od4growth.catalog.vocabulary.Vocabulary;
import eu.od4growth.common.events.DomainEvents;
import eu.od4growth.common.events.EventType;
import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.security.Visibility;
import eu.od4growth.common.workflow.OwnedRecords;

/**
 * The dataset use cases. Publishers and coordinators of the owning organisation both see and describe its drafts; as
 * the owned-record workflow takes one managing role, the caller's role picks which of the two applies, and the
 * decisions of a review (publish, send back, archive) always go through the coordinators' one. Every change is
 * written to the history, and a change that subscribers care about (published, a published dataset changed,
 * archived) to the outbox as a domain event, in the same transaction.
 */
@ApplicationScoped
public class DatasetCatalogue {

    private static final Filter PUBLIC = Filter.all().and("status in (:public)").with("public",
            List.of(DatasetStatus.PUBLISHED, DatasetStatus.ARCHIVED));

    private final DatasetRepository datasets;
    private final OwnedRecords<Dataset> byPublishers;
    private final OwnedRecords<Dataset> byCoordinators;
    private final DatasetChangeRepository changes;
    private final DatasetSearch search;
    private final Vocabularies vocabularies;
    private final Caller caller;
    private final QualityAssessor quality;
    private final DomainEvents events;

    DatasetCatalogue(DatasetRepository datasets, DatasetChangeRepository changes, DatasetSearch search,
            Vocabularies vocabularies, Caller caller, QualityAssessor quality, DomainEvents events) {
        this.datasets = datasets;
        this.byPublishers = new OwnedRecords<>(datasets, caller, "Dataset", Caller.PUBLISHER, PUBLIC);
        this.byCoordinators = new OwnedRecords<>(datasets, caller, "Dataset", Caller.COORDINATOR, PUBLIC);
        this.changes = changes;
        this.search = search;
        this.vocabularies = vocabularies;
        this.caller = caller;
        this.quality = quality;
        this.events = events;
    }

    @Transactional
    public SearchPage search(SearchCriteria criteria) {
        return search.search(criteria, records().visibility(), true);
    }

    /**
     * A search of what everyone may see, or, with {@code includeOwn}, also of the non-public datasets the caller
     * manages (CKAN's include_private).
     */
    @Transactional
    public SearchPage search(SearchCriteria criteria, boolean includeOwn) {
        return search.search(criteria, includeOwn ? records().visibility() : Visibility.publicOnly(), true);
    }

    /** The datasets the caller may see whose id starts with {@code prefix} (CKAN names end with it). */
    @Transactional
    public List<Dataset> visibleWithIdPrefix(String prefix) {
        return datasets.list("cast(id as String) like ?1", prefix + "%").stream()
                .filter(d -> records().visibility().sees(d.isPublic(), d.ownerOrganisation())).map(DatasetCatalogue::loaded)
                .toList();
    }

    /**
     * Published datasets only, whoever asks: what the DCAT-AP export shows to harvesters, the last changed first, by
     * page or after a cursor.
     */
    @Transactional
    public SearchPage published(int page, int size, String organization, String cursor) {
        SearchCriteria criteria = new SearchCriteria(null, null, organization == null ? null : List.of(organization),
                null, null, null, null, null, null, DatasetStatus.PUBLISHED, SearchSort.MODIFIED_DESC, cursor, page, size);
        return search.search(criteria, Visibility.publicOnly(), false);
    }

    @Transactional
    public Dataset get(UUID id) {
        return loaded(records().findVisible(id));
    }

    @Transactional
    public Dataset create(DatasetRequest request) {
        Dataset dataset = records().create((publisher, author) -> {
            Dataset draft = Dataset.draft(request, publisher, author);
            quality.assess(draft);
            return draft;
        });
        record(dataset, "CREATE", null, Dataset.changes(Map.of(), dataset.snapshot()));
        return loaded(dataset);
    }

    @Transactional
    public Dataset revise(UUID id, String ifMatch, DatasetRequest request) {
        return change(records(), id, ifMatch, "UPDATE", null, dataset -> dataset.revise(request));
    }

    /** Submitting is the publishers' step; the others are the coordinators' (their roles are checked on the way in). */
    @Transactional
    public Dataset perform(UUID id, String ifMatch, DatasetAction action, String comment) {
        OwnedRecords<Dataset> deciders = action == DatasetAction.SUBMIT ? records() : byCoordinators;
        return change(deciders, id, ifMatch, action.name(), comment, dataset -> dataset.perform(action, comment));
    }

    @Transactional
    public Distribution addDistribution(UUID id, String ifMatch, DistributionRequest request) {
        Distribution[] added = new Distribution[1];
        change(records(), id, ifMatch, "ADD_DISTRIBUTION", null,
                dataset -> added[0] = dataset.addDistribution(request, defaultMediaType(request)));
        return added[0];
    }

    @Transactional
    public Dataset reviseDistribution(UUID id, UUID distribution, String ifMatch, DistributionRequest request) {
        return change(records(), id, ifMatch, "UPDATE_DISTRIBUTION", null,
                dataset -> dataset.reviseDistribution(distribution, request, defaultMediaType(request)));
    }

    @Transactional
    public Dataset removeDistribution(UUID id, UUID distribution, String ifMatch) {
        return change(records(), id, ifMatch, "REMOVE_DISTRIBUTION", null,
                dataset -> dataset.removeDistribution(distribution));
    }

    /** The metadata quality of a dataset the caller may see (assessed now if it never was). */
    @Transactional
    public QualityReport quality(UUID id) {
        Dataset dataset = records().findVisible(id);
        return dataset.quality() != null ? dataset.quality() : quality.report(dataset);
    }

    /**
     * A dataset harvested for {@code owner} from a source that published it: created with its distributions and
     * published at once (a harvest is an administrator's decision), in the history as HARVEST.
     */
    @Transactional
    public Dataset harvestNew(String owner, DatasetRequest request, List<DistributionRequest> distributions) {
        Dataset dataset = Dataset.draft(request, owner, caller.subject());
        for (DistributionRequest distribution : distributions) {
            dataset.addDistribution(distribution, defaultMediaType(distribution));
        }
        dataset.perform(DatasetAction.PUBLISH, null);
        quality.assess(dataset);
        datasets.persist(dataset);
        datasets.flush();
        record(dataset, "HARVEST", null, Dataset.changes(Map.of(), dataset.snapshot()));
        announce(dataset, null);
        return loaded(dataset);
    }

    /** A harvested dataset described anew by its source, its distributions replaced; HARVEST_UPDATE in the history. */
    @Transactional
    public Dataset harvestUpdate(UUID id, DatasetRequest request, List<DistributionRequest> distributions) {
        Dataset dataset = loaded(datasets.findById(id));
        Map<String, Object> before = dataset.snapshot();
        DatasetStatus was = dataset.status();
        dataset.revise(request);
        dataset.distributions().forEach(d -> dataset.removeDistribution(d.id()));
        for (DistributionRequest distribution : distributions) {
            dataset.addDistribution(distribution, defaultMediaType(distribution));
        }
        quality.assess(dataset);
        datasets.flush();
        record(dataset, "HARVEST_UPDATE", null, Dataset.changes(before, dataset.snapshot()));
        announce(dataset, was);
        return dataset;
    }

    /** A harvested dataset its source no longer lists: archived (still readable), HARVEST_WITHDRAW in the history. */
    @Transactional
    public Dataset harvestWithdraw(UUID id) {
        Dataset dataset = loaded(datasets.findById(id));
        if (dataset.status() == DatasetStatus.PUBLISHED) {
            Map<String, Object> before = dataset.snapshot();
            dataset.perform(DatasetAction.ARCHIVE, null);
            quality.assess(dataset);
            datasets.flush();
            record(dataset, "HARVEST_WITHDRAW", null, Dataset.changes(before, dataset.snapshot()));
            announce(dataset, DatasetStatus.PUBLISHED);
        }
        return dataset;
    }

    /** The dataset {@code id} as stored, whoever asks (for the harvest, which decides by itself what it may touch). */
    @Transactional
    public java.util.Optional<Dataset> stored(UUID id) {
        return datasets.findByIdOptional(id).map(DatasetCatalogue::loaded);
    }

    /** The history, for those who manage the dataset (it names who changed what). */
    @Transactional
    public List<DatasetChange> history(UUID id) {
        Dataset dataset = records().findVisible(id);
        if (!caller.manages(dataset.ownerOrganisation(), Caller.PUBLISHER)
                && !caller.manages(dataset.ownerOrganisation(), Caller.COORDINATOR)) {
            throw ProblemException.forbidden("Only the publishers and coordinators of "
                    + dataset.ownerOrganisation() + " read the history of its datasets");
        }
        return changes.of(id);
    }

    /** The coordinators' workflow for coordinators (and admins), the publishers' for everyone else. */
    private OwnedRecords<Dataset> records() {
        return caller.hasRole(Caller.COORDINATOR) ? byCoordinators : byPublishers;
    }

    private Dataset change(OwnedRecords<Dataset> records, UUID id, String ifMatch, String action, String comment,
            Consumer<Dataset> change) {
        @SuppressWarnings("unchecked")
        Map<String, Object>[] before = new Map[1];
        DatasetStatus[] was = new DatasetStatus[1];
        Dataset dataset = records.change(id, ifMatch, d -> {
            before[0] = d.snapshot();
            was[0] = d.status();
            change.accept(d);
            // Scored before the change is written, so that the quality is part of the same update and version.
            quality.assess(d);
        });
        record(dataset, action, comment, Dataset.changes(before[0], dataset.snapshot()));
        announce(dataset, was[0]);
        return loaded(dataset);
    }

    /**
     * The domain event of a change from status {@code was} (null: a new dataset), if subscribers care: published,
     * a published dataset changed, archived. Drafts and reviews are nobody's business outside the organisation.
     */
    private void announce(Dataset dataset, DatasetStatus was) {
        EventType type = null;
        if (dataset.status() == DatasetStatus.PUBLISHED) {
            type = was == DatasetStatus.PUBLISHED ? EventType.DATASET_UPDATED : EventType.DATASET_PUBLISHED;
        } else if (dataset.status() == DatasetStatus.ARCHIVED && was == DatasetStatus.PUBLISHED) {
            type = EventType.DATASET_ARCHIVED;
        }
        if (type != null) {
            events.record(type, dataset.ownerOrganisation(), dataset.id(), "/api/datasets/" + dataset.id());
        }
    }

    private void record(Dataset dataset, String action, String comment,
            List<FieldChange> fields) {
        changes.persist(new DatasetChange(dataset.id(), dataset.updatedAt(), caller.subject(), action,
                comment == null || comment.isBlank() ? null : comment.strip(), fields));
    }

    private String defaultMediaType(DistributionRequest request) {
        return vocabularies.find(Vocabulary.FILE_TYPES, request.format()).map(Term::mediaType).orElse(null);
    }

    private static Dataset loaded(Dataset dataset) {
        dataset.distributions().size();
        return dataset;
    }
}
