package eu.od4growth.catalog.dataset.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One recorded change of a dataset: who, when, which action, which fields with their old and new values. */
@Entity
@Immutable
@Table(name = "dataset_change")
public class DatasetChange {

    @Id
    private UUID id;
    @Column(name = "dataset_id")
    private UUID datasetId;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by")
    private String changedBy;
    private String action;
    private String comment;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<FieldChange> changes;

    protected DatasetChange() {
        // for Hibernate
    }

    public DatasetChange(UUID datasetId, Instant changedAt, String changedBy, String action, String comment,
            List<FieldChange> changes) {
        this.id = UUID.randomUUID();
        this.datasetId = datasetId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.action = action;
        this.comment = comment;
        this.changes = List.copyOf(changes);
    }

    public UUID id() {
        return id;
    }

    public UUID datasetId() {
        return datasetId;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public String action() {
        return action;
    }

    public String comment() {
        return comment;
    }

    public List<FieldChange> changes() {
        return changes;
    }
}
