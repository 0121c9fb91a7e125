package eu.od4growth.catalog.organisation;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.testing.WriteRefusalBehaviourTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@ServiceTest
class OrganisationResourceTest extends WriteRefusalBehaviourTest {

    private static final String ADMIN = Tokens.of("admin", "grand-est", "admin");
    private static final String PUBLISHER_VE = Tokens.of("publisher-ve", "veneto", "publisher");
    private static final String INVALID = "{\"slug\": \"Bad Slug\", \"name\": \"\", \"nutsCode\": \"france\", \"website\": \"ftp://x\", \"contactEmail\": \"nobody\", \"logoUrl\": \"logo.png\"}";

    @Override
    protected String collectionPath() {
        return "/api/organizations";
    }

    @Override
    protected String allowedToken() {
        return ADMIN;
    }

    @Override
    protected String wrongRoleToken() {
        return Tokens.of("participant-ge", "grand-est", "participant");
    }

    @Override
    protected String otherOrganisationToken() {
        return PUBLISHER_VE;
    }

    @Override
    protected String createRecord() {
        return register(ADMIN, fresh("agency")).then().statusCode(201).extract().header("Location");
    }

    @Override
    protected List<Write> writes() {
        return writes(Write.create(body(fresh("park"), "Parc"), INVALID, "slug", "name", "kind", "nutsCode", "website",
                "contactEmail", "logoUrl"),
                Write.change("PUT", "", body("any-slug", "Renamed"), INVALID, "slug", "name", "kind"));
    }

    @Override
    protected String bodyWithText(String text) {
        return body(fresh("text"), text);
    }

    @Override
    protected String textField() {
        return "name";
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
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
    void theDirectoryIsPublic() {
        String slug = fresh("region");
        register(ADMIN, slug).then().statusCode(201);
        given().get("/api/organizations/" + slug).then().statusCode(200).body("name", is("Parc naturel"))
                .header("ETag", is("\"0\""));
        given().get("/api/organizations/atlantis").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("atlantis"));
    }

    @Test
    void administratorsRegisterOrganisations() {
        String slug = "park-" + UUID.randomUUID().toString().substring(0, 8);
        register(ADMIN, slug).then().statusCode(201).header("Location", containsString("/api/organizations/" + slug))
                .body("kind", is("NATURAL_PARK"));
        given().get("/api/organizations/" + slug).then().statusCode(200).body("slug", is(slug));
        register(ADMIN, slug).then().statusCode(409).body("type", is("/problems/conflict"))
                .body("detail", is("slug '" + slug + "' is already taken"));
    }

    @Test
    void publishersCannotRegisterOrganisations() {
        register(Tokens.of("publisher-ge", "grand-est", "publisher"), "self-made").then().statusCode(403)
                .contentType("application/problem+json");
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
    void theSlugNeverChanges() {
        String slug = fresh("stable");
        register(ADMIN, slug).then().statusCode(201);
        given().auth().oauth2(ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body(slug + "-2", "Renamed")).put("/api/organizations/" + slug).then().statusCode(409);
        given().get("/api/organizations/" + slug).then().body("name", is("Parc naturel"));
    }

    @Test
    void anOrganisationHasAFullPublicProfile() {
        String slug = fresh("profile");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("""
                {"slug": "%s", "name": "Région Grand Est", "kind": "REGIONAL_COUNCIL", "nutsCode": "FRF",
                 "website": "https://www.grandest.fr", "contactEmail": "opendata@grandest.fr",
                 "logoUrl": "https://www.grandest.fr/logo.svg",
                 "description": {"fr": "Région du nord-est de la France", "en": "Region of north-eastern France"}}"""
                .formatted(slug)).post("/api/organizations").then().statusCode(201);
        given().get("/api/organizations/" + slug).then().statusCode(200)
                .body("contactEmail", is("opendata@grandest.fr")).body("logoUrl", is("https://www.grandest.fr/logo.svg"))
                .body("description.en", is("Region of north-eastern France")).body("kind", is("REGIONAL_COUNCIL"))
                .body("nutsCode", is("FRF")).body("website", is("https://www.grandest.fr"));
    }

    @Test
    void invalidFieldsAreListed() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"slug\": \"Bad Slug\", \"name\": \"\", \"nutsCode\": \"france\", \"website\": \"ftp://x\"}")
                .post("/api/organizations").then().statusCode(400).body("type", is("/problems/validation"))
                .body("violations.find { it.field == 'slug' }.message", containsString("lower-case"))
                .body("violations.field", hasItems("slug", "name", "kind", "nutsCode", "website"));
    }
}
