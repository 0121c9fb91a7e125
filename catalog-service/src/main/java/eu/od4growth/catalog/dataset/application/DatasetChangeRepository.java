package eu.od4growth.catalog.dataset.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.catalog.dataset.model.DatasetChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The change history of the datasets, oldest change first. */
@ApplicationScoped
class DatasetChangeRepository implements PanacheRepositoryBase<DatasetChange, UUID> {

    List<DatasetChange> of(UUID dataset) {
        return list("datasetId", Sort.by("changedAt").and("id"), dataset);
    }
}
