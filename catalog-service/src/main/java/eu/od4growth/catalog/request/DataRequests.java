package eu.od4growth.catalog.request;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.organisation.Publishers;
import eu.od4growth.catalog.plan.PublicationPlan;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.workflow.OwnedRecords;
import io.quarkus.panache.common.Sort;

/**
 * The data-request use cases. Requests are public; any signed-in user asks one of a registered organisation and votes
 * for others' (once each: a second vote is a 409); the organisation's coordinators answer. A vote is counted with one
 * statement, apart from the request's version, so a coordinator's answer never goes stale because people voted.
 */
@ApplicationScoped
class DataRequests {

    private final OwnedRecords<DataRequest> records;
    private final DataRequestRepository requests;
    private final Publishers publishers;
    private final PublicationPlan plan;
    private final Caller caller;
    private final EntityManager entities;

    DataRequests(DataRequestRepository requests, Publishers publishers, PublicationPlan plan, Caller caller,
            EntityManager entities) {
        this.records = new OwnedRecords<>(requests, caller, "Data request", Caller.COORDINATOR,
                Filter.all().and("1 = 1"));
        this.requests = requests;
        this.publishers = publishers;
        this.plan = plan;
        this.caller = caller;
        this.entities = entities;
    }

    /** One page of requests, the most voted first (or the newest first). */
    @Transactional
    PageResponse<DataRequestView> list(String organization, RequestStatus status, String theme, boolean newest,
            PageParams paging) {
        Filter filter = Filter.all().and("ownerOrganisation = :organization", "organization", organization)
                .and("status = :status", "status", status).and("theme = :theme", "theme", theme);
        Sort sort = newest ? Sort.descending("createdAt").and("id")
                : Sort.descending("votes").and("createdAt").and("id");
        return records.page(paging, filter, sort, DataRequestView::of);
    }

    @Transactional
    DataRequest get(UUID id) {
        return records.findVisible(id);
    }

    @Transactional
    DataRequest ask(DataRequestRequest body) {
        if (publishers.bySlug(Set.of(body.organization())).isEmpty()) {
            throw Violations.of("organization", "must be the slug of a registered organization");
        }
        DataRequest request = new DataRequest(body, caller.subject());
        requests.persistAndFlush(request);
        return request;
    }

    /** Counts the caller's vote; a second vote of the same account is a 409, one's own request cannot be voted. */
    @Transactional
    DataRequest vote(UUID id) {
        DataRequest request = get(id);
        if (request.createdBy() != null && request.createdBy().equals(caller.subject())) {
            throw ProblemException.conflict("You asked for this dataset: your request already counts");
        }
        int added = entities.createNativeQuery("INSERT INTO data_request_vote (request_id, voter, voted_at)"
                + " VALUES (:id, :voter, :now) ON CONFLICT DO NOTHING").setParameter("id", id)
                .setParameter("voter", caller.subject()).setParameter("now", Instant.now()).executeUpdate();
        if (added == 0) {
            throw ProblemException.conflict("You already voted for this request (one vote per account)");
        }
        return recount(request);
    }

    /** Withdraws the caller's vote; none is a 404. */
    @Transactional
    DataRequest withdraw(UUID id) {
        DataRequest request = get(id);
        int removed = entities.createNativeQuery("DELETE FROM data_request_vote WHERE request_id = :id AND voter = :voter")
                .setParameter("id", id).setParameter("voter", caller.subject()).executeUpdate();
        if (removed == 0) {
            throw ProblemException.notFound("Your vote for data request", id);
        }
        return recount(request);
    }

    @Transactional
    DataRequest accept(UUID id, String ifMatch, AnswerRequest answer) {
        DataRequest request = get(id);
        String organization = request.ownerOrganisation();
        Violations violations = new Violations();
        if (answer.datasetId() != null) {
            Dataset dataset = entities.find(Dataset.class, answer.datasetId());
            if (dataset == null || !dataset.ownerOrganisation().equals(organization)) {
                violations.add("datasetId", "must be a dataset of " + organization);
            }
        }
        if (answer.plannedDatasetId() != null && !plan.isPlannedBy(answer.plannedDatasetId(), organization)) {
            violations.add("plannedDatasetId", "must be an item of the publication plan of " + organization);
        }
        violations.throwIfAny();
        return records.change(id, ifMatch, r -> r.accept(answer.answer(), answer.datasetId(), answer.plannedDatasetId()));
    }

    @Transactional
    DataRequest refuse(UUID id, String ifMatch, AnswerRequest answer) {
        return records.change(id, ifMatch, r -> r.refuse(answer.answer()));
    }

    private DataRequest recount(DataRequest request) {
        entities.flush();
        entities.createNativeQuery("UPDATE data_request SET votes = (SELECT count(*) FROM data_request_vote"
                + " WHERE request_id = :id) WHERE id = :id").setParameter("id", request.id()).executeUpdate();
        entities.refresh(request);
        return request;
    }
}
