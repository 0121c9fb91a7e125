package eu.od4growth.catalog.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.od4growth.common.persistence.OwnedRecord;

/** A dataset an organisation plans to open; only its members see the item (the public sees the plan's progress). */
@Entity
@Table(name = "planned_dataset")
public class PlannedDataset extends OwnedRecord {

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> title;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> description;
    String theme;
    @Column(name = "target_date")
    LocalDate targetDate;
    @Enumerated(EnumType.STRING)
    Priority priority;
    @Column(name = "dataset_id")
    UUID datasetId;

    protected PlannedDataset() {
        // for Hibernate
    }

    PlannedDataset(String owner, String author, PlannedDatasetRequest request) {
        super(owner, author);
        apply(request);
    }

    void apply(PlannedDatasetRequest request) {
        title = Map.copyOf(request.title());
        description = request.description() == null ? Map.of() : Map.copyOf(request.description());
        theme = request.theme();
        targetDate = request.targetDate();
        priority = request.priority();
        datasetId = request.datasetId();
        touch();
    }

    @Override
    public boolean isPublic() {
        return false;
    }

    public UUID datasetId() {
        return datasetId;
    }
}
