package eu.od4growth.gateway;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The service sees the same X-Request-Id the client gets back, whether the client sent one or not. */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(OidcWiremockTestResource.class)
class CorrelationIdTest {

    @Test
    void aRequestIdSentByTheClientIsKept() {
        Response response = given().header("X-Request-Id", "client-chosen-42")
                .when().get("/api/events");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().getValues("X-Request-Id")).containsExactly("client-chosen-42");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo("client-chosen-42");
    }

    @Test
    void aMissingRequestIdIsGeneratedAndTheSameOnBothSides() {
        Response response = given().when().get("/api/events");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().getValues("X-Request-Id")).hasSize(1);
        String generated = response.header("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(generated);
    }

    @Test
    void anUnsafeRequestIdIsReplacedOnBothSides() {
        Response response = given().header("X-Request-Id", "bad id; with spaces")
                .when().get("/api/reuses");
        String replaced = response.header("X-Request-Id");
        assertThat(replaced).isNotEqualTo("bad id; with spaces").matches("[0-9a-f-]{36}");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(replaced);
    }
}
