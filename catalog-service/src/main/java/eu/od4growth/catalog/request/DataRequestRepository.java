package eu.od4growth.catalog.request;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stored data requests. */
@ApplicationScoped
class DataRequestRepository implements PanacheRepositoryBase<DataRequest, UUID> {
}
