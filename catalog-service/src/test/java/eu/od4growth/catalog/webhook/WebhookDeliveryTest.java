package eu.od4growth.catalog.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.catalog.dataset.application.DatasetCatalogue;
import eu.od4growth.catalog.webhook.application.DeliveryWorker;
import eu.od4growth.common.events.EventRelay;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/**
 * The hub from event to receiver: ingestion (services only, idempotent), signed delivery to a local receiver checked
 * with the specification's algorithm, retries with back-off (500 and timeouts), failure after the limit, replay, two
 * workers at once, and the catalog's own dataset events written in the transaction of the change.
 */
@QuarkusTest
@ServiceTest
class WebhookDeliveryTest {

    private static final String SERVICE = Tokens.of("service-account-od4g-service", null, "service");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DeliveryWorker worker;
    @Inject
    EventRelay relay;
    @Inject
    TestClock clock;
    @Inject
    EntityManager entities;
    @Inject
    DatasetCatalogue catalogue;

    private final String organisation = "deliver-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private Receiver receiver;

    @BeforeEach
    void start() throws Exception {
        SwitchableTargetUrls.allowPrivate = true;
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void ingestionIsForServicesAndIdempotentByEventId() {
        String subscription = subscribe("dataset.published");
        String event = event(UUID.randomUUID(), "dataset.published", organisation);
        given().contentType(ContentType.JSON).body("[" + event + "]").post("/api/webhooks/events").then()
                .statusCode(401);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("[" + event + "]")
                .post("/api/webhooks/events").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body("[" + event + "]")
                .post("/api/webhooks/events").then().statusCode(200).body("received", is(1)).body("newEvents", is(1));
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body("[" + event + ", " + event + "]")
                .post("/api/webhooks/events").then().statusCode(200).body("received", is(2)).body("newEvents", is(0));
        // Another organisation's event, or a type not subscribed, makes no delivery.
        ingest(event(UUID.randomUUID(), "dataset.published", "other-" + organisation));
        ingest(event(UUID.randomUUID(), "dataset.archived", organisation));
        given().auth().oauth2(coordinator).get(subscription + "/deliveries").then().statusCode(200).body("total", is(1))
                .body("items[0].status", is("PENDING")).body("items[0].eventType", is("dataset.published"));
        // A bad event is refused whole, naming the field.
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON)
                .body("[" + event(UUID.randomUUID(), "dataset.deleted", organisation) + "]").post("/api/webhooks/events")
                .then().statusCode(400).body("violations.field", hasItem("[0].type"));
    }

    @Test
    void aDeliveryIsSignedAsTheStandardSays() throws Exception {
        String subscription = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(WebhookSubscriptionTest.body(receiver.url(), "\"dataset.published\"")).post("/api/webhooks")
                .then().statusCode(201).extract().header("Location");
        String secret = given().auth().oauth2(coordinator).header("If-Match", "\"0\"")
                .post(subscription + "/rotate-secret").then().statusCode(200).extract().path("secret");
        UUID eventId = UUID.randomUUID();
        UUID resource = UUID.randomUUID();
        ingest("{\"id\": \"" + eventId + "\", \"type\": \"dataset.published\", \"occurredAt\": \"2026-11-28T10:00:00Z\","
                + " \"service\": \"catalog\", \"organisation\": \"" + organisation + "\", \"resourceType\": \"dataset\","
                + " \"resourceId\": \"" + resource + "\", \"link\": \"/api/datasets/" + resource + "\"}");
        long before = clock.instant().getEpochSecond();
        worker.deliverDue();

        assertThat(receiver.received).hasSize(1);
        Receiver.Received request = receiver.received.get(0);
        assertThat(request.header("webhook-id")).isEqualTo(eventId.toString());
        assertThat(request.header("content-type")).isEqualTo("application/json");
        long timestamp = Long.parseLong(request.header("webhook-timestamp"));
        assertThat(timestamp).isBetween(before - 1, before + 5);
        // Two signatures while the rotated secret overlaps: the new one is among them, verified independently.
        String expected = "v1," + hmac(secret, eventId + "." + timestamp + "." + request.body());
        assertThat(request.header("webhook-signature").split(" ")).hasSize(2).contains(expected);
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("type").asText()).isEqualTo("dataset.published");
        assertThat(body.get("timestamp").asText()).isEqualTo("2026-11-28T10:00:00Z");
        assertThat(body.get("data").get("id").asText()).isEqualTo(resource.toString());
        assertThat(body.get("data").get("organization").asText()).isEqualTo(organisation);
        assertThat(body.get("data").get("resourceType").asText()).isEqualTo("dataset");
        assertThat(body.get("data").get("service").asText()).isEqualTo("catalog");
        assertThat(body.get("data").get("link").asText()).isEqualTo("http://localhost:8080/api/datasets/" + resource);
        assertThat(body.get("data").size()).isEqualTo(5);

        given().auth().oauth2(coordinator).get(subscription + "/deliveries?status=DELIVERED").then().statusCode(200)
                .body("total", is(1)).body("items[0].attemptCount", is(1))
                .body("items[0].attempts[0].statusCode", is(204)).body("items[0].eventId", is(eventId.toString()));
    }

    @Test
    void a500IsRetriedWithBackoffUntilTheLimitThenFailsAndAReplaySendsItAgain() {
        receiver.status = 500;
        String subscription = subscribe("dataset.updated");
        ingest(event(UUID.randomUUID(), "dataset.updated", organisation));
        worker.deliverDue();
        JsonPath delivery = onlyDelivery(subscription);
        assertThat(delivery.getString("status")).isEqualTo("PENDING");
        assertThat(delay(delivery, 0)).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        worker.deliverDue();
        assertThat(onlyDelivery(subscription).getInt("attemptCount")).as("not due before its back-off").isEqualTo(1);

        clock.advance(Duration.ofSeconds(5));
        worker.deliverDue();
        delivery = onlyDelivery(subscription);
        assertThat(delivery.getInt("attemptCount")).isEqualTo(2);
        assertThat(delay(delivery, 1)).isBetween(Duration.ZERO, Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(10));
        worker.deliverDue();
        delivery = onlyDelivery(subscription);
        assertThat(delivery.getString("status")).isEqualTo("FAILED");
        assertThat(delivery.getList("attempts.statusCode")).containsExactly(500, 500, 500);
        assertThat(receiver.received).hasSize(3);
        clock.advance(Duration.ofMinutes(1));
        worker.deliverDue();
        assertThat(receiver.received).as("a failed delivery is not retried").hasSize(3);

        receiver.status = 200;
        String deliveryId = delivery.getString("id");
        given().auth().oauth2(Tokens.of("coordinator-x", "other-" + organisation, "coordinator"))
                .post(subscription + "/deliveries/" + deliveryId + "/replay").then().statusCode(404);
        given().auth().oauth2(coordinator).post(subscription + "/deliveries/" + deliveryId + "/replay").then()
                .statusCode(200).body("status", is("PENDING")).body("attemptCount", is(0));
        worker.deliverDue();
        delivery = onlyDelivery(subscription);
        assertThat(delivery.getString("status")).isEqualTo("DELIVERED");
        assertThat(delivery.getList("attempts.statusCode")).containsExactly(500, 500, 500, 200);
        assertThat(receiver.received.get(3).header("webhook-id")).isEqualTo(receiver.received.get(0).header("webhook-id"));
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsRetried() {
        receiver.delay = Duration.ofMillis(2500);
        String subscription = subscribe("event.published");
        ingest(event(UUID.randomUUID(), "event.published", organisation));
        long started = System.nanoTime();
        worker.deliverDue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2400));
        JsonPath delivery = onlyDelivery(subscription);
        assertThat(delivery.getString("status")).isEqualTo("PENDING");
        assertThat(delivery.getString("attempts[0].error")).startsWith("no answer in time");
        assertThat(delivery.getObject("attempts[0].statusCode", Integer.class)).isNull();
    }

    @Test
    void twoWorkersAtOnceNeverSendTheSameDeliveryTwice() throws Exception {
        receiver.delay = Duration.ofMillis(20);
        subscribe("registration.confirmed");
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(event(UUID.randomUUID(), "registration.confirmed", organisation));
        }
        ingest(String.join(", ", events));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10 && receiver.received.size() < 40; round++) {
                CountDownLatch go = new CountDownLatch(1);
                Callable<Integer> run = () -> {
                    go.await();
                    return worker.deliverDue();
                };
                Future<Integer> first = threads.submit(run);
                Future<Integer> second = threads.submit(run);
                go.countDown();
                first.get();
                second.get();
            }
        } finally {
            threads.shutdownNow();
        }
        List<String> ids = receiver.received.stream().map(r -> r.header("webhook-id")).toList();
        Set<String> distinct = new HashSet<>(ids);
        assertThat(ids).hasSize(40);
        assertThat(distinct).hasSize(40);
    }

    @Test
    void aCommittedDatasetChangeHasExactlyOneEventAndARolledBackOneNone() throws Exception {
        String subscription = subscribe("dataset.published");
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"title\": {\"en\": \"Bus stops\"}, \"description\": {\"en\": \"Stops of the regional lines.\"}}")
                .post("/api/datasets").then().statusCode(201).extract().header("Location");
        UUID id = UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
        assertThat(outbox(id)).as("drafts are nobody's business").isEmpty();
        String etag = given().auth().oauth2(coordinator).header("If-Match", "\"0\"").post(url + "/publish").then()
                .statusCode(200).extract().header("ETag");
        assertThat(outbox(id)).containsExactly("dataset.published");
        given().auth().oauth2(coordinator).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"title\": {\"en\": \"Bus stops 2027\"}, \"description\": {\"en\": \"Stops of the regional lines.\"}}")
                .put(url).then().statusCode(200);
        assertThat(outbox(id)).containsExactly("dataset.published", "dataset.updated");
        // A refused change (stale version) writes nothing.
        given().auth().oauth2(coordinator).header("If-Match", etag).post(url + "/archive").then().statusCode(412);
        assertThat(outbox(id)).hasSize(2);

        // A change whose transaction rolls back leaves no event (nor the change).
        Arc.container().requestContext().activate();
        try {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                catalogue.harvestWithdraw(id);
                throw new IllegalStateException("rolled back");
            })).isInstanceOf(IllegalStateException.class);
        } finally {
            Arc.container().requestContext().terminate();
        }
        assertThat(outbox(id)).containsExactly("dataset.published", "dataset.updated");
        given().get(url).then().statusCode(200).body("status", is("PUBLISHED"));

        // The relay hands the catalog's own events to the hub locally, which delivers them.
        // The outbox also holds the other tests' events, relayed in order of occurrence: relay until none is left.
        assertThat(Stream.generate(relay::relayPending).takeWhile(relayed -> relayed > 0).count()).isPositive();
        worker.deliverDue();
        List<Map<String, Object>> delivered = given().auth().oauth2(coordinator).get(subscription + "/deliveries")
                .then().statusCode(200).body("total", is(1)).extract().path("items");
        assertThat(delivered.get(0)).containsEntry("resourceId", id.toString()).containsEntry("status", "DELIVERED");
        assertThat(receiver.received).hasSize(1);
        assertThat(JSON.readTree(receiver.received.get(0).body()).get("data").get("id").asText()).isEqualTo(id.toString());
    }

    private String subscribe(String type) {
        return given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(WebhookSubscriptionTest.body(receiver.url(), "\"" + type + "\"")).post("/api/webhooks").then()
                .statusCode(201).extract().header("Location");
    }

    private static void ingest(String events) {
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body("[" + events + "]")
                .post("/api/webhooks/events").then().statusCode(200);
    }

    private static String event(UUID id, String type, String organisation) {
        UUID resource = UUID.randomUUID();
        return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"occurredAt\": \"" + Instant.now() + "\","
                + " \"service\": \"workshop\", \"organisation\": \"" + organisation + "\", \"resourceType\": \""
                + type.substring(0, type.indexOf('.')) + "\", \"resourceId\": \"" + resource + "\", \"link\": \"/api/x/"
                + resource + "\"}";
    }

    private JsonPath onlyDelivery(String subscription) {
        JsonPath page = given().auth().oauth2(coordinator).get(subscription + "/deliveries").then().statusCode(200)
                .body("total", is(1)).extract().jsonPath();
        return new JsonPath(page.prettify()).setRootPath("items[0]");
    }

    private static Duration delay(JsonPath delivery, int attempt) {
        return Duration.between(Instant.parse(delivery.getString("attempts[" + attempt + "].at")),
                Instant.parse(delivery.getString("nextAttemptAt")));
    }

    @SuppressWarnings("unchecked")
    private List<String> outbox(UUID resource) {
        return QuarkusTransaction.requiringNew().call(() -> entities
                .createNativeQuery("SELECT type FROM event_outbox WHERE resource_id = :r ORDER BY occurred_at")
                .setParameter("r", resource).getResultList());
    }

    /** HMAC-SHA256 as the Standard Webhooks specification says, written apart from the service's own code. */
    private static String hmac(String secret, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
