package eu.od4growth.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.od4growth.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Each path prefix reaches the service that owns it, with method, path, query and body unchanged. */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(OidcWiremockTestResource.class)
class RoutingTest {

    @ParameterizedTest
    @CsvSource({
            "/api/models, assessment", "/api/campaigns, assessment", "/api/assessments, assessment",
            "/api/benchmarks, assessment", "/api/action-plans, assessment", "/api/assessment, assessment",
            "/api/organizations, catalog", "/api/datasets, catalog", "/api/data-requests, catalog",
            "/api/reuses, catalog", "/api/catalog, catalog", "/api/3/action, catalog", "/api/action, catalog",
            "/api/webhooks, catalog",
            "/api/events, workshop", "/api/sessions, workshop", "/api/registrations, workshop",
            "/api/feedback, workshop", "/api/persons, workshop" })
    void eachPrefixReachesItsServiceWithPathAndQueryUnchanged(String prefix, String service) {
        given().urlEncodingEnabled(false)
                .when().get(prefix + "/a1/b%20c?q=x%2Fy&page=2&size=5")
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("method", equalTo("GET"))
                .body("path", equalTo(prefix + "/a1/b%20c"))
                .body("query", equalTo("q=x%2Fy&page=2&size=5"));
        given().when().get(prefix)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("path", equalTo(prefix))
                .body("query", nullValue());
    }

    @Test
    void aPrefixMatchesWholePathSegmentsOnly() {
        given().when().get("/api/modelsx")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
        given().when().get("/api/models-archive/1")
                .then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void aServicesPageLinksRepeatingALongQueryPassThrough() {
        // Three Link headers of 3.5 kB each: more than Vert.x' default 8 kB of response headers, well within the
        // request line the services accept (8 kB); the gateway answered 503 before (found by the hostile sweep).
        String sort = "y".repeat(3500);
        var links = given().when().get("/api/models/_stub/paged?sort=" + sort)
                .then().statusCode(200).body("service", equalTo("assessment"))
                .extract().headers().getList("Link");
        assertThat(links).hasSize(3).allSatisfy(link -> assertThat(link.getValue()).contains(sort));
    }

    @Test
    void anOverLongRequestLineIsA414ProblemAndNeverReachesTheService() {
        given().urlEncodingEnabled(false).when().get("/api/events?q=" + "x".repeat(20_000))
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/uri-too-long"))
                .body("status", equalTo(414));
    }

    @Test
    void overLargeHeadersAreA431Problem() {
        given().header("X-Padding", "x".repeat(20_000)).when().get("/api/events")
                .then().statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/headers-too-large"));
    }

    @Test
    void aNulInThePathIsAValidationProblemAtTheEdge() {
        given().urlEncodingEnabled(false).when().get("/api/organizations/a%00b")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("path"));
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        given().when().get("/nope")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/nope"));
    }

    @Test
    void bodiesAndMethodsPassThroughWithAndWithoutToken() {
        String dataset = "{\"title\":\"Bus stops\",\"keywords\":[\"mobility\"]}";
        given().contentType(ContentType.JSON).body(dataset)
                .when().post("/api/datasets")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo(dataset));
        given().auth().oauth2(Tokens.of("publisher-ge", "grand-est", "publisher")).contentType(ContentType.JSON).body(dataset)
                .when().put("/api/datasets/42")
                .then().statusCode(200)
                .body("method", equalTo("PUT"))
                .body("body", equalTo(dataset));
        given().when().delete("/api/events/7")
                .then().statusCode(200)
                .body("method", equalTo("DELETE"))
                .body("service", equalTo("workshop"));
    }

    @Test
    void theServiceSeesTheOriginalHostAndForwardingHeadersNotTheClientsOnes() {
        JsonPath echo = given()
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=203.0.113.9")
                .when().get("/api/models")
                .then().statusCode(200)
                .extract().jsonPath();
        String host = echo.getString("host");
        assertThat(host).endsWith(":" + RestAssured.port);
        assertThat(echo.getString("forwardedHost")).isEqualTo(host);
        assertThat(echo.getString("forwardedFor")).isEqualTo("127.0.0.1");
        assertThat(echo.getString("forwardedProto")).isEqualTo("http");
        assertThat(echo.getString("forwarded")).isNull();
    }

    @Test
    void readinessIsTheGatewaysOwnEvenWithAServiceDown() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
