package eu.od4growth.catalog.dataset.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.catalog.dataset.model.Dataset;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stored datasets; who sees which is the owned-record workflow's rule (see {@link DatasetCatalogue}). */
@ApplicationScoped
class DatasetRepository implements PanacheRepositoryBase<Dataset, UUID> {
}
