package eu.od4growth.catalog.plan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stored planned datasets. */
@ApplicationScoped
class PlannedDatasetRepository implements PanacheRepositoryBase<PlannedDataset, UUID> {
}
