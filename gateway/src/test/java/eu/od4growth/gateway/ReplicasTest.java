package eu.od4growth.gateway;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service may have several replicas: they are called in turn, a replica that refuses connections is skipped, and
 * an idempotent request whose connection failed is tried on the next replica, while a POST is not retried.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(OidcWiremockTestResource.class)
class ReplicasTest {

    @Test
    void replicasAreCalledInTurnAndADeadOneIsSkipped() {
        // replicated: a dead replica first, then a and b. The first call may hit the dead one: a GET is retried.
        List<String> served = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            served.add(given().when().get("/api/replicated/things").then().statusCode(200)
                    .extract().jsonPath().getString("service"));
        }
        assertThat(served).containsOnly("replicated-a", "replicated-b");
        assertThat(served.stream().filter("replicated-a"::equals).count()).isBetween(2L, 4L);
        // The dead replica cools off: POSTs, which are never retried, meet only live ones now.
        for (int i = 0; i < 4; i++) {
            given().body("{}").when().post("/api/replicated/things").then().statusCode(200);
        }
    }

    @Test
    void anIdempotentRequestWhoseConnectionFailedIsRetriedOnTheNextReplica() {
        // getfirst: its first replica is dead and this is the route's first call.
        given().when().get("/api/getfirst/x").then().statusCode(200);
    }

    @Test
    void aPostWhoseConnectionFailedIsNotRetriedButTheDeadReplicaIsSkippedAfterwards() {
        // postfirst: its first replica is dead and this is the route's first call.
        given().body("{}").when().post("/api/postfirst/x").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("/problems/service-unavailable"));
        for (int i = 0; i < 4; i++) {
            given().body("{}").when().post("/api/postfirst/x").then().statusCode(200);
        }
    }

    @Test
    void anIdempotentRequestOnAPooledConnectionTheServiceClosedIsSentAgain() {
        // The closing service answers the first request of a connection and closes it on the second.
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/closing/x").then().statusCode(200)
                    .body("service", org.hamcrest.Matchers.equalTo("closing"));
        }
    }
}
