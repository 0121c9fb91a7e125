package eu.od4growth.catalog.ckan;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/**
 * The CKAN-compatible API against a CKAN 2.10 package_show answer written from CKAN's documented format for the same
 * dataset (src/test/resources/ckan), field by field; package_search with fq, facets and paging; the other actions;
 * CKAN's error shape; drafts only for their organisation's members.
 */
@QuarkusTest
@ServiceTest
class CkanApiTest {

    private static final String ADMIN = Tokens.of("admin", "grand-est", "admin");
    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String FULL = """
            {"title": {"fr": "Qualité de l'air", "en": "Air quality"},
             "description": {"fr": "Mesures horaires des stations.", "en": "Hourly measurements of the air quality stations."},
             "keywords": {"en": ["air quality", "pollution"]}, "themes": ["ENVI"],
             "contactPoint": {"name": "Service open data", "email": "opendata@example.org"},
             "license": "ETALAB_2_0", "accessRights": "PUBLIC", "landingPage": "https://example.org/air",
             "identifier": "FR-GE-AIR-2025"}""";
    static final String CSV = """
            {"title": {"en": "CSV file"}, "accessUrl": "https://data.example.org/air",
             "downloadUrl": "https://data.example.org/air.csv", "format": "CSV", "byteSize": 123456}""";

    private final ObjectMapper json = new ObjectMapper();
    private final String organisation = "ckan-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private String full;
    private String other;
    private String draft;

    @BeforeEach
    void catalogue() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"slug\": \"%s\", \"name\": \"Région %s\", \"kind\": \"REGIONAL_COUNCIL\"}"
                        .formatted(organisation, organisation))
                .post("/api/organizations").then().statusCode(201);
        full = dataset(FULL, CSV, true);
        other = dataset("""
                {"title": {"en": "Bus stops"}, "description": {"en": "Where buses stop."},
                 "keywords": {"en": ["mobility"]}, "themes": ["TRAN"], "license": "ODBL_1_0"}""",
                "{\"accessUrl\": \"https://data.example.org/bus.pdf\", \"format\": \"PDF\"}", true);
        draft = dataset("{\"title\": {\"en\": \"Secret draft\"}, \"description\": {\"en\": \"Not yet.\"}}", null,
                false);
    }

    @Test
    void packageShowMatchesCkansDocumentFieldByFieldAndByNameOrId() throws IOException {
        JsonNode byId = read(given().get("/api/3/action/package_show?id=" + full).then().statusCode(200)
                .contentType(ContentType.JSON).body("success", is(true)).extract().asString());
        String name = byId.at("/result/name").asText();
        assertThat(name).matches("air-quality-" + full.substring(0, 8));
        JsonNode byName = read(given().get("/api/3/action/package_show?id=" + name).then().statusCode(200).extract()
                .asString());
        assertThat(byName.get("result")).isEqualTo(byId.get("result"));
        JsonNode unversioned = read(given().contentType(ContentType.JSON).body("{\"id\": \"" + name + "\"}")
                .post("/api/action/package_show").then().statusCode(200).extract().asString());
        assertThat(unversioned.get("result")).isEqualTo(byId.get("result"));

        JsonNode ckan;
        try (InputStream in = getClass().getResourceAsStream("/ckan/package_show-2.10.json")) {
            ckan = json.readTree(in);
        }
        assertThat(byId.get("help").asText()).endsWith("/api/3/action/help_show?name=package_show");
        sameShape("result", ckan.get("result"), byId.get("result"));
        JsonNode ours = byId.get("result");
        JsonNode theirs = ckan.get("result");
        for (String field : List.of("title", "notes", "license_id", "license_url", "isopen", "maintainer",
                "maintainer_email", "num_resources", "private", "state", "type", "url", "version", "author")) {
            assertThat(ours.get(field)).as(field).isEqualTo(theirs.get(field));
        }
        for (String field : List.of("type", "is_organization", "approval_status", "state")) {
            assertThat(ours.at("/organization/" + field)).as("organization." + field)
                    .isEqualTo(theirs.at("/organization/" + field));
        }
        for (String field : List.of("format", "mimetype", "size", "url", "state", "position", "datastore_active",
                "name", "url_type", "resource_type", "mimetype_inner", "cache_url")) {
            assertThat(ours.at("/resources/0/" + field)).as("resources[0]." + field)
                    .isEqualTo(theirs.at("/resources/0/" + field));
        }
        assertThat(ours.at("/groups/0/name")).isEqualTo(theirs.at("/groups/0/name"));
        assertThat(names(ours.get("tags"))).isEqualTo(names(theirs.get("tags")));
        assertThat(ours.at("/resources/0/package_id").asText()).isEqualTo(full);
        assertThat(ours.get("owner_org")).isEqualTo(ours.at("/organization/id"));
        for (String time : List.of("/metadata_created", "/metadata_modified", "/organization/created",
                "/resources/0/created", "/resources/0/metadata_modified")) {
            assertThat(ours.at(time).asText()).as(time).matches(TIME);
        }
        assertThat(ours.get("id").asText()).matches(UUID_PATTERN);
        assertThat(ours.at("/tags/0/id").asText()).matches(UUID_PATTERN);
        assertThat(ours.get("extras").findValuesAsText("value")).contains("FR-GE-AIR-2025");

        // The package's organization is a subset of organization_show's result.
        JsonNode organisationShown = read(given().get("/api/3/action/organization_show?id=" + organisation).then()
                .statusCode(200).extract().asString()).get("result");
        ours.get("organization").fields().forEachRemaining(
                field -> assertThat(organisationShown.get(field.getKey())).as(field.getKey()).isEqualTo(field.getValue()));
        assertThat(organisationShown.get("package_count").asLong()).isEqualTo(2);
        assertThat(read(given().get("/api/3/action/organization_show?id=" + ours.at("/organization/id").asText())
                .then().statusCode(200).extract().asString()).get("result")).isEqualTo(organisationShown);
    }

    @Test
    void packageSearchFiltersFacetsAndPages() {
        String fq = "organization:" + organisation;
        given().get("/api/3/action/package_search?fq=" + fq
                + "&facet.field=[\"organization\",\"tags\",\"res_format\",\"groups\",\"license_id\"]")
                .then().statusCode(200).body("success", is(true)).body("result.count", is(2))
                .body("result.results.id", hasItem(full))
                .body("result.search_facets.organization.title", is("organization"))
                .body("result.search_facets.organization.items[0].name", is(organisation))
                .body("result.search_facets.organization.items[0].display_name", is("Région " + organisation))
                .body("result.search_facets.organization.items[0].count", is(2))
                .body("result.facets.organization." + organisation, is(2))
                .body("result.search_facets.res_format.items.name", hasItem("CSV"))
                .body("result.search_facets.groups.items.name", hasItem("envi"))
                .body("result.search_facets.tags.items.name", hasItem("pollution"))
                .body("result.sort", is("score desc, metadata_modified desc"));
        given().get("/api/3/action/package_search?fq=" + fq + " tags:pollution").then().body("result.count", is(1))
                .body("result.results[0].id", is(full));
        given().get("/api/3/action/package_search?fq=" + fq + " res_format:pdf").then()
                .body("result.results.id", is(List.of(other)));
        given().get("/api/3/action/package_search?fq=" + fq + " license_id:ODBL_1_0 groups:tran").then()
                .body("result.results.id", is(List.of(other)));
        given().get("/api/3/action/package_search?fq=" + fq + " tags:\"air quality\"").then()
                .body("result.results.id", is(List.of(full)));
        given().get("/api/3/action/package_search?q=hourly measurements&fq=" + fq).then()
                .body("result.results.id", is(List.of(full)));
        // Paging by rows and start, sorted by title: "Air quality", "Bus stops".
        given().get("/api/3/action/package_search?fq=" + fq + "&sort=title_string asc&rows=1&start=1").then()
                .body("result.count", is(2)).body("result.results.id", is(List.of(other)));
        given().get("/api/3/action/package_search?fq=" + fq + "&sort=title_string desc&rows=1").then()
                .body("result.results.id", is(List.of(other)));
        given().get("/api/3/action/package_search?fq=" + fq + "&start=5").then().body("result.count", is(2))
                .body("result.results", empty());
        given().get("/api/3/action/package_search?fq=" + fq + "&facet.field=[\"tags\"]&facet.limit=1&facet.mincount=1")
                .then().body("result.search_facets.tags.items.size()", is(1));
        // POST with a JSON body answers the same.
        given().contentType(ContentType.JSON)
                .body(Map.of("fq", fq, "facet.field", List.of("organization"), "rows", 1))
                .post("/api/3/action/package_search").then().statusCode(200).body("result.count", is(2))
                .body("result.results.size()", is(1)).body("result.search_facets.organization.items[0].count", is(2));
    }

    @Test
    void draftsReachOnlyTheirOrganisationsMembersWithIncludePrivate() {
        String fq = "organization:" + organisation;
        given().get("/api/3/action/package_search?include_private=true&fq=" + fq).then().body("result.count", is(2));
        given().auth().oauth2(Tokens.of("coordinator-x", "other-" + organisation, "coordinator"))
                .get("/api/3/action/package_search?include_private=true&fq=" + fq).then().body("result.count", is(2));
        given().auth().oauth2(coordinator).get("/api/3/action/package_search?fq=" + fq).then()
                .body("result.count", is(2));
        given().auth().oauth2(coordinator).get("/api/3/action/package_search?include_private=true&fq=" + fq).then()
                .body("result.count", is(3)).body("result.results.find { it.id == '" + draft + "' }.private", is(true));
        given().get("/api/3/action/package_show?id=" + draft).then().statusCode(404).body("success", is(false))
                .body("error.__type", is("Not Found Error"));
        given().auth().oauth2(coordinator).get("/api/3/action/package_show?id=" + draft).then().statusCode(200)
                .body("result.private", is(true));
        given().get("/api/3/action/package_list?limit=1000").then().body("result", org.hamcrest.Matchers.not(
                hasItem(org.hamcrest.Matchers.endsWith(draft.substring(0, 8)))));
    }

    @Test
    void errorsHaveCkansShape() {
        given().get("/api/3/action/package_show?id=" + UUID.randomUUID()).then().statusCode(404)
                .contentType(ContentType.JSON).body("success", is(false)).body("error.__type", is("Not Found Error"))
                .body("error.message", is("Not found")).body("help", startsWith("http"));
        given().get("/api/3/action/package_show?id=no-such-name-12345678").then().statusCode(404);
        given().get("/api/3/action/package_show").then().statusCode(409).body("error.__type", is("Validation Error"))
                .body("error.id", is(List.of("Missing value")));
        given().get("/api/3/action/package_search?rows=many").then().statusCode(409)
                .body("error.__type", is("Validation Error")).body("error.rows", is(List.of("Invalid integer")));
        given().get("/api/3/action/package_search?start=-1").then().statusCode(409)
                .body("error.start", is(List.of("Must be a natural number")));
        given().get("/api/3/action/package_search?fq=author:nobody").then().statusCode(409)
                .body("error.__type", is("Search Query Error"));
        given().get("/api/3/action/package_search?sort=size desc").then().statusCode(409)
                .body("error.__type", is("Search Query Error"));
        given().get("/api/3/action/package_search?facet.field=[organization").then().statusCode(409)
                .body("error.__type", is("Validation Error"));
        given().get("/api/3/action/package_create").then().statusCode(400).body("success", is(false))
                .body("error.__type", is("Bad Request"))
                .body("error.message", is("Bad request - Action name not known: package_create"));
        given().get("/api/action/no_such_action").then().statusCode(400).body("error.__type", is("Bad Request"));
        given().contentType(ContentType.JSON).body("{\"q\": ").post("/api/3/action/package_search").then()
                .statusCode(400).contentType(ContentType.JSON).body("error.__type", is("Bad Request"));
        given().contentType(ContentType.JSON).body("[1]").post("/api/3/action/package_search").then()
                .statusCode(400);
    }

    @Test
    void listsPageWithLimitAndOffsetAndTheOtherActionsAnswer() {
        given().get("/api/3/action/package_list?limit=1").then().statusCode(200).body("result.size()", is(1));
        given().get("/api/3/action/package_list?offset=100000000").then().body("result", empty());
        given().get("/api/3/action/organization_list?limit=1000").then().body("result", hasItem(organisation));
        given().get("/api/3/action/organization_list?all_fields=true&limit=1000").then()
                .body("result.find { it.name == '" + organisation + "' }.package_count", is(2))
                .body("result.find { it.name == '" + organisation + "' }.type", is("organization"));
        given().get("/api/3/action/organization_list?limit=1&offset=1").then().body("result.size()", is(1));
        given().get("/api/3/action/organization_list?offset=100000").then().body("result", empty());
        given().get("/api/3/action/organization_show?id=nobody-" + organisation).then().statusCode(404)
                .body("error.__type", is("Not Found Error"));
        given().get("/api/3/action/tag_list?query=pollu").then().body("result", hasItem("pollution"));
        given().get("/api/3/action/tag_list?query=pollu&all_fields=true").then()
                .body("result.name", hasItem("pollution"));
        given().get("/api/3/action/license_list").then().body("result.id", hasItem("ETALAB_2_0"))
                .body("result.find { it.id == 'ETALAB_2_0' }.od_conformance", is("approved"));
        given().get("/api/3/action/group_list").then().body("result", hasItem("envi"));
        given().get("/api/3/action/group_list?all_fields=true").then()
                .body("result.find { it.name == 'envi' }.type", is("group"));
        given().get("/api/3/action/status_show").then().body("result.ckan_version", startsWith("2.10"));
        given().contentType(ContentType.JSON).body("{}").post("/api/3/action/status_show").then().statusCode(200);
    }

    /** Every field of CKAN's document is in ours with the same JSON type (CKAN's null: any type). */
    private void sameShape(String path, JsonNode theirs, JsonNode ours) {
        assertThat(ours).as(path).isNotNull();
        if (theirs.isNull()) {
            return;
        }
        assertThat(ours.getNodeType()).as(path + " type").isEqualTo(theirs.getNodeType());
        if (theirs.isObject()) {
            Iterator<String> names = theirs.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                sameShape(path + "." + name, theirs.get(name), ours.get(name));
            }
        } else if (theirs.isArray() && theirs.size() > 0) {
            assertThat(ours.size()).as(path + " size").isGreaterThan(0);
            sameShape(path + "[0]", theirs.get(0), ours.get(0));
        }
    }

    private static List<String> names(JsonNode tags) {
        List<String> names = new ArrayList<>();
        tags.forEach(tag -> names.add(tag.get("name").asText()));
        return names;
    }

    private JsonNode read(String body) throws IOException {
        return json.readTree(body);
    }

    private String dataset(String body, String distribution, boolean publish) {
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(body).post("/api/datasets")
                .then().statusCode(201).extract().header("Location");
        String etag = "\"0\"";
        if (distribution != null) {
            etag = given().auth().oauth2(coordinator).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(distribution).post(url + "/distributions").then().statusCode(201).extract().header("ETag");
        }
        if (publish) {
            given().auth().oauth2(coordinator).header("If-Match", etag).post(url + "/publish").then().statusCode(200);
        }
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
