package eu.od4growth.catalog.webhook.application;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.catalog.webhook.model.Backoff;
import eu.od4growth.catalog.webhook.model.Delivery;
import eu.od4growth.catalog.webhook.model.DeliveryAttempt;
import eu.od4growth.catalog.webhook.model.ReceivedEvent;
import eu.od4growth.catalog.webhook.model.SigningSecret;
import eu.od4growth.catalog.webhook.model.Subscription;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers due webhooks in the background, never on a request's path: a run claims a batch of due deliveries
 * ({@code FOR UPDATE SKIP LOCKED} and a lease, so two workers or replicas never send the same delivery at once), posts
 * each as the Standard Webhooks specification says (all at once, each bounded by the connect and response timeouts),
 * and records every attempt: 2xx delivers; anything else is retried with exponential back-off and full jitter until
 * the attempt limit, then the delivery fails.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    /** A claimed delivery, ready to send. */
    record Message(UUID deliveryId, String url, String webhookId, String body, List<String> secrets) {
    }

    private final EntityManager entities;
    private final WebhookConfig config;
    private final TargetUrls targets;
    private final ObjectMapper json;
    private final Clock clock;
    private final String publicUrl;
    private final Backoff backoff;
    private final HttpClient http;

    DeliveryWorker(EntityManager entities, WebhookConfig config, TargetUrls targets, ObjectMapper json, Clock clock,
            @ConfigProperty(name = "od4g.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.entities = entities;
        this.config = config;
        this.targets = targets;
        this.json = json;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.backoff = new Backoff(config.backoffBase(), config.backoffCap());
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Scheduled(identity = "webhook-delivery", every = "${od4g.webhooks.every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warnf("Webhook deliveries failed this time: %s", e.toString());
        }
    }

    /** One run: claims the due deliveries, sends them and records the attempts; answers how many were attempted. */
    public int deliverDue() {
        List<Message> messages = QuarkusTransaction.requiringNew().call(this::claim);
        Map<Message, CompletableFuture<DeliveryAttempt>> sending = new LinkedHashMap<>();
        for (Message message : messages) {
            sending.put(message, send(message));
        }
        sending.forEach((message, attempt) -> record(message.deliveryId(), attempt.join()));
        return messages.size();
    }

    @SuppressWarnings("unchecked")
    private List<Message> claim() {
        Instant now = clock.instant();
        List<UUID> ids = entities.createNativeQuery("""
                UPDATE webhook_delivery SET claimed_until = :lease
                WHERE id IN (SELECT d.id FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                             WHERE d.status = 'PENDING' AND s.enabled AND d.next_attempt_at <= :now
                               AND (d.claimed_until IS NULL OR d.claimed_until < :now)
                             ORDER BY d.next_attempt_at LIMIT :batch FOR UPDATE OF d SKIP LOCKED)
                RETURNING id""").setParameter("lease", now.plus(config.lease())).setParameter("now", now)
                .setParameter("batch", config.batch()).getResultList();
        List<Message> messages = new ArrayList<>();
        for (UUID id : ids) {
            Delivery delivery = entities.find(Delivery.class, id);
            Subscription subscription = entities.find(Subscription.class, delivery.subscriptionId());
            ReceivedEvent event = entities.find(ReceivedEvent.class, delivery.eventId());
            messages.add(new Message(id, subscription.url(), event.id().toString(), body(event),
                    subscription.signingSecrets(now)));
        }
        return messages;
    }

    /** The payload: what happened to which resource and where to read it; never personal data. */
    String body(ReceivedEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", event.resourceId().toString());
        data.put("resourceType", event.resourceType());
        data.put("organization", event.organisation());
        data.put("link", publicUrl + event.link());
        data.put("service", event.service());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", event.type());
        payload.put("timestamp", event.occurredAt().toString());
        payload.put("data", data);
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CompletableFuture<DeliveryAttempt> send(Message message) {
        Instant started = clock.instant();
        long start = System.nanoTime();
        String refusal = targets.refusal(message.url()).orElse(null);
        if (refusal != null) {
            return CompletableFuture.completedFuture(new DeliveryAttempt(message.deliveryId(), started, null, refusal, 0));
        }
        long timestamp = started.getEpochSecond();
        String signatures = String.join(" ", message.secrets().stream()
                .map(secret -> SigningSecret.sign(secret, message.webhookId(), timestamp, message.body())).toList());
        HttpRequest request = HttpRequest.newBuilder(URI.create(message.url().strip()))
                .timeout(config.responseTimeout()).header("content-type", "application/json")
                .header("webhook-id", message.webhookId()).header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signatures).header("User-Agent", "OD4G-webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(message.body())).build();
        long limit = config.connectTimeout().plus(config.responseTimeout()).toMillis() + 1000;
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).orTimeout(limit, TimeUnit.MILLISECONDS)
                .handle((response, failure) -> {
                    long took = (System.nanoTime() - start) / 1_000_000;
                    if (failure == null) {
                        return new DeliveryAttempt(message.deliveryId(), started, response.statusCode(),
                                response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode(), took);
                    }
                    return new DeliveryAttempt(message.deliveryId(), started, null, describe(failure), took);
                });
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "no answer in time (" + cause.getClass().getSimpleName() + ")";
        }
        return "cannot connect: " + cause.getClass().getSimpleName();
    }

    private void record(UUID deliveryId, DeliveryAttempt attempt) {
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery delivery = entities.find(Delivery.class, deliveryId);
            if (delivery == null) {
                return; // its subscription was deleted meanwhile
            }
            entities.persist(attempt);
            delivery.attempted(attempt, config.maxAttempts(), backoff, ThreadLocalRandom.current()::nextDouble);
        });
    }
}
