package eu.od4growth.catalog.webhook.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.catalog.webhook.model.Delivery;
import eu.od4growth.catalog.webhook.model.DeliveryAttempt;
import eu.od4growth.catalog.webhook.model.DeliveryStatus;
import eu.od4growth.catalog.webhook.model.ReceivedEvent;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Deliveries with their events and attempts. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /** One page of a subscription's deliveries, the latest first, optionally in one status. */
    PageResponse<Delivery> of(UUID subscription, DeliveryStatus status, PageParams paging) {
        Parameters parameters = Parameters.with("subscription", subscription);
        String query = "subscriptionId = :subscription";
        if (status != null) {
            query += " and status = :status";
            parameters.and("status", status);
        }
        PanacheQuery<Delivery> found = find(query, Sort.descending("createdAt").and("id"), parameters)
                .page(paging.page, paging.size);
        return new PageResponse<>(found.list(), paging.page, paging.size, found.count());
    }

    List<DeliveryAttempt> attempts(UUID delivery) {
        return getEntityManager()
                .createQuery("from DeliveryAttempt where deliveryId = :d order by attemptedAt, id", DeliveryAttempt.class)
                .setParameter("d", delivery).getResultList();
    }

    ReceivedEvent event(UUID id) {
        return getEntityManager().find(ReceivedEvent.class, id);
    }
}
