package eu.od4growth.catalog.webhook.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.catalog.webhook.model.Subscription;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stored webhook subscriptions. */
@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    /** The enabled subscriptions of {@code organisation} that want events of {@code type}. */
    List<Subscription> wanting(String type, String organisation) {
        return list("ownerOrganisation = ?1 and enabled = true", organisation).stream()
                .filter(subscription -> subscription.wants(type, organisation)).toList();
    }
}
