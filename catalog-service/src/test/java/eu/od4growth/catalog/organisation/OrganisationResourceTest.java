package eu.od4growth.catalog.organisation;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceBehaviourTest;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@ServiceTest
class OrganisationResourceTest extends ServiceBehaviourTest {

    private static final String ADMIN = Tokens.of("admin", "grand-est", "admin");
    private static final String PUBLISHER_GE = Tokens.of("publisher-ge", "grand-est", "publisher");
    private static final String PUBLISHER_VE = Tokens.of("publisher-ve", "veneto", "publisher");

    @Override
    protected String protectedPath() {
        return "/api/organizations";
    }

    @Override
    protected String allowedToken() {
        return ADMIN;
    }

    private static String body(String slug, String name) {
        return """
                {"slug": "%s", "name": "%s", "kind": "NATURAL_PARK", "nutsCode": "FRF3",
                 "website": "https://example.org"}""".formatted(slug, name);
    }

    private static Response register(String token, String slug) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body(slug, "Parc naturel"))
                .post("/api/organizations");
    }

    @Test
    void theDirectoryIsPublicAndHoldsThePartners() {
        given().get("/api/organizations?size=100").then().statusCode(200)
                .body("items.slug", hasItems("grand-est", "veneto"));
        given().get("/api/organizations/veneto").then().statusCode(200).body("name", is("Regione del Veneto"))
                .header("ETag", is("\"0\""));
        given().get("/api/organizations/atlantis").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("atlantis"));
    }

    @Test
    void administratorsRegisterOrganisations() {
        String slug = "park-" + UUID.randomUUID().toString().substring(0, 8);
        register(ADMIN, slug).then().statusCode(201).header("Location", containsString("/api/organizations/" + slug))
                .body("kind", is("NATURAL_PARK"));
        given().get("/api/organizations?size=100").then().body("items.slug", hasItem(slug));
        register(ADMIN, slug).then().statusCode(409).body("type", is("/problems/conflict"));
    }

    @Test
    void publishersCannotRegisterOrganisations() {
        register(PUBLISHER_GE, "self-made").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void membersDescribeTheirOwnOrganisationOnly() {
        String slug = "city-" + UUID.randomUUID().toString().substring(0, 8);
        register(ADMIN, slug).then().statusCode(201);
        String member = Tokens.of("publisher-city", slug, "publisher");

        given().auth().oauth2(member).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body(slug, "Ville renommée")).put("/api/organizations/" + slug).then().statusCode(200)
                .body("name", is("Ville renommée")).header("ETag", is("\"1\""));
        given().auth().oauth2(PUBLISHER_VE).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(body(slug, "Taken over")).put("/api/organizations/" + slug).then().statusCode(403)
                .body("type", is("/problems/forbidden"));
        given().get("/api/organizations/" + slug).then().body("name", is("Ville renommée"));
    }

    @Test
    void staleOrMissingETagsAreRefused() {
        String slug = "agency-" + UUID.randomUUID().toString().substring(0, 8);
        register(ADMIN, slug).then().statusCode(201);

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body(slug, "No tag"))
                .put("/api/organizations/" + slug).then().statusCode(428);
        given().auth().oauth2(ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body(slug, "First")).put("/api/organizations/" + slug).then().statusCode(200);
        given().auth().oauth2(ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body(slug, "Second")).put("/api/organizations/" + slug).then().statusCode(412);
        given().get("/api/organizations/" + slug).then().body("name", is("First"));
    }

    @Test
    void theSlugNeverChanges() {
        given().auth().oauth2(ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body("grand-est-2", "Région Grand Est")).put("/api/organizations/grand-est").then()
                .statusCode(409);
    }

    @Test
    void invalidFieldsAreListed() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"slug\": \"Bad Slug\", \"name\": \"\", \"nutsCode\": \"france\", \"website\": \"ftp://x\"}")
                .post("/api/organizations").then().statusCode(400).body("type", is("/problems/validation"))
                .body("violations.field", hasItems("slug", "name", "kind", "nutsCode", "website"));
    }
}
