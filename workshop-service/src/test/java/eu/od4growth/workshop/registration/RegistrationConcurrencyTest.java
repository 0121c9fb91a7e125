package eu.od4growth.workshop.registration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.workshop.Fixtures;
import eu.od4growth.workshop.Participants;
import eu.od4growth.workshop.Replicas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many registrations, cancellations and accepts at the same moment on one session: never more places held than the
 * capacity (checked by a query after each step and sampled all along), the rest waiting in arrival order, nobody
 * twice.
 */
@QuarkusTest
@ServiceTest
class RegistrationConcurrencyTest {

    private static final int CAPACITY = 20;
    private static final int PEOPLE = 220;

    @Inject
    DataSource dataSource;

    private final String organisation = Fixtures.organisation();
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");

    @Test
    void parallelRegistrationsCancellationsAndAcceptsNeverExceedTheCapacity() throws Exception {
        String session = Fixtures.session(coordinator, Fixtures.publishedEvent(coordinator), CAPACITY);
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> tokens = IntStream.range(0, PEOPLE)
                .mapToObj(i -> Participants.token("crowd-" + run + "-" + i, "crowd", null)).toList();
        AtomicLong mostHeld = new AtomicLong();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                mostHeld.accumulateAndGet(held(session), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        try {
            // Step 1: everyone registers at once.
            List<Integer> statuses = Replicas.atOnce(tokens.stream().map(token -> (Callable<Integer>) () -> given().auth()
                    .oauth2(token).contentType(ContentType.JSON)
                    .body("{\"session\": \"" + session + "\", \"answers\": {\"organisation-type\": \"city\"}}")
                    .post("/api/registrations").then().extract().statusCode()).toList());
            assertThat(statuses).containsOnly(201);
            List<Map<String, Object>> all = registrations(session);
            assertThat(all).hasSize(PEOPLE);
            assertThat(all.stream().map(r -> r.get("email")).distinct()).hasSize(PEOPLE);
            assertThat(all.stream().filter(r -> "CONFIRMED".equals(r.get("status")))).hasSize(CAPACITY);
            // Arrival order: the first 20 to get the lock are confirmed, the others wait in the order they came.
            assertThat(all.subList(0, CAPACITY)).allMatch(r -> "CONFIRMED".equals(r.get("status")));
            List<Map<String, Object>> waiting = all.subList(CAPACITY, PEOPLE);
            assertThat(waiting).allMatch(r -> "WAITING".equals(r.get("status")));
            assertThat(waiting.stream().map(r -> ((Number) r.get("position")).intValue()).toList())
                    .isEqualTo(IntStream.rangeClosed(1, PEOPLE - CAPACITY).boxed().toList());
            List<Instant> arrivals = all.stream().map(r -> Instant.parse((String) r.get("createdAt"))).toList();
            assertThat(arrivals).isSorted();
            assertThat(held(session)).isEqualTo(CAPACITY);

            // Step 2: ten confirmed people cancel while ten waiting people leave the list.
            List<Callable<Integer>> step2 = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                step2.add(cancel(all.get(i), tokens));
                step2.add(cancel(all.get(PEOPLE - 1 - i), tokens));
            }
            assertThat(Replicas.atOnce(step2)).containsOnly(200);
            all = registrations(session);
            assertThat(held(session)).isEqualTo(CAPACITY);
            List<Map<String, Object>> offered = all.stream().filter(r -> "OFFERED".equals(r.get("status"))).toList();
            assertThat(offered).hasSize(10);
            // The offers went to the first ten in line.
            assertThat(offered).isEqualTo(all.stream().filter(r -> !"CANCELLED".equals(r.get("status")))
                    .skip(10).limit(10).toList());

            // Step 3: the ten offered accept while five more confirmed people cancel.
            List<Callable<Integer>> step3 = new ArrayList<>();
            offered.forEach(r -> step3.add(act(r, tokens, "accept")));
            all.stream().filter(r -> "CONFIRMED".equals(r.get("status"))).limit(5)
                    .forEach(r -> step3.add(cancel(r, tokens)));
            assertThat(Replicas.atOnce(step3)).containsOnly(200);
            all = registrations(session);
            assertThat(held(session)).isEqualTo(CAPACITY);
            assertThat(all.stream().filter(r -> "CONFIRMED".equals(r.get("status")))).hasSize(CAPACITY - 5);
            assertThat(all.stream().filter(r -> "OFFERED".equals(r.get("status")))).hasSize(5);
        } finally {
            watching.set(false);
            watcher.join();
        }
        assertThat(mostHeld.get()).isLessThanOrEqualTo(CAPACITY);
    }

    private Callable<Integer> cancel(Map<String, Object> registration, List<String> tokens) {
        return act(registration, tokens, "cancel");
    }

    /** The registration's own participant acts on it, with the ETag it reads first. */
    private static Callable<Integer> act(Map<String, Object> registration, List<String> tokens, String action) {
        String email = (String) registration.get("email");
        String user = email.substring(0, email.indexOf('@'));
        String token = tokens.stream().filter(t -> tokenOf(t, user)).findFirst().orElseThrow();
        String id = (String) registration.get("id");
        return () -> {
            String etag = given().auth().oauth2(token).get("/api/registrations/" + id).then().extract().header("ETag");
            return given().auth().oauth2(token).header("If-Match", etag).post("/api/registrations/" + id + "/" + action)
                    .then().extract().statusCode();
        };
    }

    private static boolean tokenOf(String token, String user) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return payload.contains("\"sub\":\"" + user + "\"");
    }

    /** The session's registrations as its organiser lists them, in arrival order. */
    private List<Map<String, Object>> registrations(String session) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; page * 100 < PEOPLE; page++) {
            all.addAll(given().auth().oauth2(coordinator)
                    .get("/api/registrations?size=100&page=" + page + "&session=" + session).then().statusCode(200)
                    .extract().jsonPath().getList("items"));
        }
        assertThat(new HashSet<>(all.stream().map(r -> r.get("id")).toList())).hasSize(all.size());
        return all;
    }

    /** Places held, as committed in the database. */
    private long held(String session) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM registration"
                        + " WHERE session_id = ? AND status IN ('CONFIRMED', 'OFFERED')")) {
            query.setObject(1, UUID.fromString(session));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
