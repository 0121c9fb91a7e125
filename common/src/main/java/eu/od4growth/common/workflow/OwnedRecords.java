package eu.od4growth.common.workflow;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.persistence.OwnedRecord;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.security.Visibility;
import eu.od4growth.common.web.ETags;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * The one workflow of every record an organisation owns, versions and publishes: who sees it (lists and reads; another
 * organisation's non-public record is a 404, so its existence is not disclosed), who changes it (managers of the owner
 * and administrators; others get 403) and with which version ({@code If-Match}: 428 without, 412 when stale). Services
 * build one per record type and call it inside their transactions.
 *
 * @param <E> the record type
 */
public final class OwnedRecords<E extends OwnedRecord> {

    private final PanacheRepositoryBase<E, UUID> repository;
    private final Caller caller;
    private final String noun;
    private final String managingRole;
    private final Filter publicCondition;

    /**
     * @param noun the record's name in problem details, e.g. "Event"
     * @param managingRole the role that manages an organisation's records (administrators always do)
     * @param publicCondition the JPQL condition of the records everyone may read, e.g. {@code status = :published}
     */
    public OwnedRecords(PanacheRepositoryBase<E, UUID> repository, Caller caller, String noun, String managingRole,
            Filter publicCondition) {
        this.repository = repository;
        this.caller = caller;
        this.noun = noun;
        this.managingRole = managingRole;
        this.publicCondition = publicCondition;
    }

    /** What the caller may see of these records. */
    public Visibility visibility() {
        return caller.visibility(managingRole);
    }

    /** One page of the records the caller may see that match {@code filter}, in {@code sort} order. */
    public <V> PageResponse<V> page(PageParams paging, Filter filter, Sort sort, Function<E, V> view) {
        PanacheQuery<E> query = visible(filter, sort).page(Page.of(paging.page, paging.size));
        return new PageResponse<>(query.list().stream().map(view).toList(), paging.page, paging.size, query.count());
    }

    /** The records the caller may see that match {@code filter}, for lists that are not paged the usual way. */
    public PanacheQuery<E> visible(Filter filter, Sort sort) {
        Visibility visibility = visibility();
        if (visibility instanceof Visibility.PublicAnd own) {
            filter.and(publicCondition.query() + " or " + OwnedRecord.OWNER + " = :visibleOwner")
                    .with("visibleOwner", own.organisation());
            publicCondition.parameters().forEach(filter::with);
        } else if (visibility instanceof Visibility.PublicOnly) {
            filter.and(publicCondition.query());
            publicCondition.parameters().forEach(filter::with);
        }
        return filter.isEmpty() ? repository.findAll(sort) : repository.find(filter.query(), sort, filter.parameters());
    }

    /** The record if the caller may see it; otherwise, or if it does not exist, a 404 problem. */
    public E findVisible(UUID id) {
        return repository.findByIdOptional(id)
                .filter(record -> visibility().sees(record.isPublic(), record.ownerOrganisation()))
                .orElseThrow(() -> ProblemException.notFound(noun, id));
    }

    /** The record if the caller may change it and sent its current version in {@code If-Match}; else 404/403/428/412. */
    public E editable(UUID id, String ifMatch) {
        E record = findVisible(id);
        if (!caller.manages(record.ownerOrganisation(), managingRole)) {
            throw ProblemException.forbidden("This " + noun.toLowerCase(java.util.Locale.ROOT)
                    + " belongs to another organisation");
        }
        ETags.requireMatch(ifMatch, record.version());
        return record;
    }

    /** Applies {@code change} to an editable record and writes it, so the answer carries the new version. */
    public E change(UUID id, String ifMatch, Consumer<E> change) {
        E record = editable(id, ifMatch);
        change.accept(record);
        repository.flush();
        return record;
    }

    /** Stores a new record of the caller's organisation ({@code create} receives the owner and the author). */
    public E create(Creator<E> create) {
        E record = create.create(caller.requireOrganisation(), caller.subject());
        repository.persist(record);
        repository.flush();
        return record;
    }

    /** Makes a new record for its owner and author. */
    @FunctionalInterface
    public interface Creator<E> {
        E create(String owner, String author);
    }
}
