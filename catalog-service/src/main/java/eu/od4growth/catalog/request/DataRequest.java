package eu.od4growth.catalog.request;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import eu.od4growth.common.persistence.OwnedRecord;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.workflow.StateMachine;

/**
 * A request that an organisation open a dataset. It belongs to the organisation it addresses (whose coordinators
 * answer it) and is public from the start; its votes are counted apart, so that voting never makes an answer stale.
 */
@Entity
@Table(name = "data_request")
public class DataRequest extends OwnedRecord {

    /** An open request is accepted or refused, once. */
    public static final StateMachine<RequestStatus, RequestAction> LIFECYCLE = StateMachine
            .of("data request", RequestStatus.OPEN, RequestAction.class)
            .on(RequestAction.ACCEPT, RequestStatus.OPEN, RequestStatus.ACCEPTED)
            .on(RequestAction.REFUSE, RequestStatus.OPEN, RequestStatus.REFUSED)
            .build();

    String title;
    String description;
    String theme;
    @Enumerated(EnumType.STRING)
    RequestStatus status;
    String answer;
    @Column(name = "dataset_id")
    UUID datasetId;
    @Column(name = "planned_dataset_id")
    UUID plannedDatasetId;
    int votes;

    protected DataRequest() {
        // for Hibernate
    }

    DataRequest(DataRequestRequest request, String requester) {
        super(request.organization(), requester);
        title = request.title().strip();
        description = request.description().strip();
        theme = request.theme();
        status = LIFECYCLE.initial();
    }

    /** Accepts the request, linked to the dataset or planned dataset that answers it (one is needed). */
    void accept(String answer, UUID dataset, UUID plannedDataset) {
        RequestStatus next = LIFECYCLE.next(status, RequestAction.ACCEPT);
        if (dataset == null && plannedDataset == null) {
            throw Violations.of("datasetId", "an accepted request names the datasetId or plannedDatasetId that answers it");
        }
        status = next;
        this.answer = answer == null || answer.isBlank() ? null : answer.strip();
        datasetId = dataset;
        plannedDatasetId = plannedDataset;
        touch();
    }

    /** Refuses the request, saying why. */
    void refuse(String reason) {
        RequestStatus next = LIFECYCLE.next(status, RequestAction.REFUSE);
        if (reason == null || reason.isBlank()) {
            throw Violations.of("answer", "a refusal says why");
        }
        status = next;
        answer = reason.strip();
        touch();
    }

    @Override
    public boolean isPublic() {
        return true;
    }

    public RequestStatus status() {
        return status;
    }
}
