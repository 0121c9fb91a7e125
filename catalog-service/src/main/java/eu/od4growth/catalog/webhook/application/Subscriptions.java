package eu.od4growth.catalog.webhook.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.catalog.webhook.model.Delivery;
import eu.od4growth.catalog.webhook.model.DeliveryAttempt;
import eu.od4growth.catalog.webhook.model.DeliveryStatus;
import eu.od4growth.catalog.webhook.model.ReceivedEvent;
import eu.od4growth.catalog.webhook.model.Subscription;
import eu.od4growth.catalog.webhook.model.SubscriptionRequest;
import eu.od4growth.common.events.EventType;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.workflow.OwnedRecords;
import io.quarkus.panache.common.Sort;

/**
 * The subscription use cases. A subscription is an owned record that is never public: the owned-record workflow with
 * a public condition that holds for no row gives exactly "the organisation's coordinators and administrators see and
 * change it; everyone else gets a 404 (read) or 403 (change)", in one place.
 */
@ApplicationScoped
public class Subscriptions {

    private static final Filter NEVER_PUBLIC = Filter.all().and("id is null");

    private final OwnedRecords<Subscription> records;
    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final TargetUrls targets;
    private final Caller caller;
    private final WebhookConfig config;
    private final Clock clock;

    Subscriptions(SubscriptionRepository subscriptions, DeliveryRepository deliveries, TargetUrls targets,
            Caller caller, WebhookConfig config, Clock clock) {
        this.records = new OwnedRecords<>(subscriptions, caller, "Webhook subscription", Caller.COORDINATOR,
                NEVER_PUBLIC);
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.targets = targets;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    /** A delivery with its event and attempts, as the subscriber reads it. */
    public record DeliveryRecord(Delivery delivery, ReceivedEvent event, List<DeliveryAttempt> attempts) {
    }

    @Transactional
    public PageResponse<Subscription> list(String organization, Boolean enabled, PageParams paging) {
        Filter filter = Filter.all().and("ownerOrganisation = :organization", "organization", organization)
                .and("enabled = :enabled", "enabled", enabled);
        return records.page(paging, filter, Sort.by("createdAt").and("id"), subscription -> subscription);
    }

    @Transactional
    public Subscription get(UUID id) {
        return records.findVisible(id);
    }

    /** Subscribes for the caller's organisation, or for the one named by an administrator. */
    @Transactional
    public Subscription create(SubscriptionRequest request) {
        String organisation = request.organization();
        if (organisation != null && !caller.isAdmin() && !caller.organisation().filter(organisation::equals).isPresent()) {
            throw ProblemException.forbidden("Only administrators subscribe for another organization");
        }
        check(request);
        return records.create((own, author) -> new Subscription(organisation == null ? own : organisation, author,
                request.url(), request.eventTypes(), request.description()));
    }

    @Transactional
    public Subscription revise(UUID id, String ifMatch, SubscriptionRequest request) {
        records.editable(id, ifMatch);
        check(request);
        return records.change(id, ifMatch,
                subscription -> subscription.revise(request.url(), request.eventTypes(), request.description()));
    }

    @Transactional
    public Subscription enable(UUID id, String ifMatch, boolean enabled) {
        return records.change(id, ifMatch, subscription -> subscription.enable(enabled));
    }

    /** A new secret (answered once); the previous one keeps signing for the configured overlap. */
    @Transactional
    public Subscription rotateSecret(UUID id, String ifMatch) {
        return records.change(id, ifMatch,
                subscription -> subscription.rotateSecret(clock.instant().plus(config.secretOverlap())));
    }

    /** Removes the subscription and its deliveries. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        subscriptions.delete(records.editable(id, ifMatch));
    }

    @Transactional
    public PageResponse<DeliveryRecord> deliveries(UUID id, DeliveryStatus status, PageParams paging) {
        records.findVisible(id);
        PageResponse<Delivery> page = deliveries.of(id, status, paging);
        return new PageResponse<>(page.items().stream().map(this::record).toList(), page.page(), page.size(),
                page.total());
    }

    @Transactional
    public DeliveryRecord delivery(UUID id, UUID deliveryId) {
        return record(deliveryOf(id, deliveryId));
    }

    /** Queues a delivery again, whatever its status: pending now, attempts reset (the attempts made stay listed). */
    @Transactional
    public DeliveryRecord replay(UUID id, UUID deliveryId) {
        Delivery delivery = deliveryOf(id, deliveryId);
        delivery.replay(clock.instant());
        return record(delivery);
    }

    private Delivery deliveryOf(UUID id, UUID deliveryId) {
        records.findVisible(id);
        return deliveries.findByIdOptional(deliveryId).filter(d -> d.subscriptionId().equals(id))
                .orElseThrow(() -> ProblemException.notFound("Delivery", deliveryId));
    }

    private DeliveryRecord record(Delivery delivery) {
        return new DeliveryRecord(delivery, deliveries.event(delivery.eventId()), deliveries.attempts(delivery.id()));
    }

    /** The event types must be the suite's, the URL one the hub may call. */
    private void check(SubscriptionRequest request) {
        Violations violations = new Violations();
        List<String> types = request.eventTypes() == null ? List.of() : new ArrayList<>(request.eventTypes());
        for (int i = 0; i < types.size(); i++) {
            if (EventType.fromWireName(types.get(i)).isEmpty()) {
                violations.add("eventTypes[" + i + "]", "must be one of " + String.join(", ",
                        java.util.Arrays.stream(EventType.values()).map(EventType::wireName).toList()));
            }
        }
        targets.refusal(request.url()).ifPresent(refusal -> violations.add("url", refusal));
        violations.throwIfAny();
    }
}
