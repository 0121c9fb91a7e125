package eu.od4growth.gateway;

import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * /q/openapi merges the services' contracts (fetched from the stubs, refreshed every second in %test) with the
 * gateway's own: every path, shared schemas once, clashing ones renamed with their references, one tag set per
 * service, one oidc scheme; a service that stops answering keeps its last good copy. Swagger UI shows it and signs in
 * with the public client od4g-web and PKCE.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(OidcWiremockTestResource.class)
class ApiDocumentTest {

    @AfterEach
    void flakyIsUpAgain() {
        given().post(CircuitBreakerTest.stub("/_stub/flaky/up"));
    }

    @Test
    void theDocumentMergesEveryServicesContractWithTheGatewaysOwn() throws InterruptedException {
        JsonPath doc = awaitDocument(d -> "live".equals(d.getString("'x-od4g-sources'.catalog.origin")));
        assertThat(doc.getString("openapi")).isEqualTo("3.0.3");
        assertThat(doc.getMap("paths")).containsKeys("/q/health/ready", "/api/assessment/things",
                "/api/catalog/things", "/api/workshop/things", "/api/flaky/things");
        // Same name, same definition: kept once. Same name, another definition: renamed after its service.
        assertThat(doc.getMap("components.schemas")).containsKeys("Problem", "Shared", "Thing", "CatalogThing", "WorkshopThing",
                "HealthResponse");
        assertThat(doc.getString("components.schemas.CatalogThing.description")).isEqualTo("catalog");
        assertThat(doc.getMap("components.schemas")).doesNotContainKeys("CatalogShared", "CatalogProblem");
        assertThat(doc.getString("paths.'/api/catalog/things'.get.responses.'200'.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/CatalogThing");
        assertThat(
                doc.getString("paths.'/api/catalog/things'.get.responses.'400'.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Shared");
        // One tag set per service, and one security scheme.
        assertThat(doc.getList("'x-tagGroups'.name")).contains("gateway", "assessment", "catalog", "workshop");
        assertThat(doc.getList("'x-tagGroups'.find { it.name == 'catalog' }.tags")).containsExactly("catalog things");
        assertThat(doc.getString("tags.find { it.name == 'catalog things' }.description")).startsWith("[catalog]");
        assertThat(doc.getMap("components.securitySchemes")).containsOnlyKeys("oidc");
        assertThat(doc.getString("components.securitySchemes.oidc.type")).isEqualTo("openIdConnect");
        assertThat(doc.getString("components.securitySchemes.oidc.openIdConnectUrl"))
                .endsWith("/.well-known/openid-configuration").doesNotContain("elsewhere");
        assertThat(doc.getString("'x-od4g-sources'.offline.origin")).isEqualTo("missing");
    }

    @Test
    void aServiceThatIsDownKeepsItsLastGoodCopyAndAFreshOneReplacesItLater() throws InterruptedException {
        awaitDocument(d -> "live".equals(d.getString("'x-od4g-sources'.flaky.origin")));
        given().when().post(CircuitBreakerTest.stub("/_stub/flaky/down")).then().statusCode(204);
        JsonPath cached = awaitDocument(d -> "cached".equals(d.getString("'x-od4g-sources'.flaky.origin")));
        assertThat(cached.getMap("paths")).containsKey("/api/flaky/things");
        String before = cached.getString("'x-od4g-sources'.flaky.version");

        given().when().post(CircuitBreakerTest.stub("/_stub/flaky/up")).then().statusCode(204);
        JsonPath fresh = awaitDocument(d -> "live".equals(d.getString("'x-od4g-sources'.flaky.origin")));
        assertThat(fresh.getString("'x-od4g-sources'.flaky.version")).isNotEqualTo(before);
    }

    @Test
    void theDocumentIsYamlUnlessJsonIsAskedFor() {
        given().when().get("/q/openapi").then().statusCode(200)
                .contentType(containsString("application/yaml"))
                .body(containsString("openapi: \"3.0.3\""));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .contentType(containsString("application/json"));
        // The gateway's own document moved aside.
        given().when().get("/q/openapi-gateway").then().statusCode(200).body(containsString("/q/health/ready"));
    }

    @Test
    void swaggerUiShowsTheMergedDocumentAndSignsInWithPkce() {
        String page = given().when().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertThat(page).contains("/q/openapi").contains("od4g-web").contains("usePkceWithAuthorizationCodeGrant");
    }

    private static JsonPath awaitDocument(Predicate<JsonPath> ready) throws InterruptedException {
        JsonPath doc = null;
        for (int i = 0; i < 100; i++) {
            doc = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                    .extract().jsonPath();
            if (ready.test(doc)) {
                return doc;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the document never got there: " + doc.prettify().substring(0, 2000));
    }
}
