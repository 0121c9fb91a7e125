package eu.od4growth.catalog.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The demo catalogue of {@code deploy/demo/datasets.json}, loaded the way {@code deploy/demo/catalog.py} loads it
 * (the publisher drafts, adds distributions and submits; the coordinator publishes) into organisations of its own:
 * the API takes every record, and the DCAT-AP export of the result passes the official shapes.
 */
@QuarkusTest
@ServiceTest
class DemoCatalogueTest {

    private static final Path DEMO = Path.of("..", "deploy", "demo", "datasets.json");

    @Test
    void theDemoCatalogueLoadsThroughTheApiAndItsExportConforms() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> organisations = Map.of("grand-est", "demo-ge-" + suffix, "veneto", "demo-ve-" + suffix);
        for (String organisation : organisations.values()) {
            // Registered, so that the export describes the publisher (name, ADMS type, homepage, mailbox).
            given().auth().oauth2(Tokens.of("admin", "grand-est", "admin")).contentType(ContentType.JSON)
                    .body("{\"slug\": \"" + organisation + "\", \"name\": \"Région " + organisation + "\", "
                            + "\"kind\": \"REGIONAL_COUNCIL\", \"nutsCode\": \"FRF\", \"website\": "
                            + "\"https://www.example.org\", \"contactEmail\": \"opendata@example.org\"}")
                    .post("/api/organizations").then().statusCode(201);
        }
        JsonNode items = new ObjectMapper().readTree(Files.readString(DEMO));
        int published = 0;
        for (JsonNode item : items) {
            String organisation = organisations.get(item.get("organization").asText());
            String publisher = Tokens.of("publisher-" + organisation, organisation, "publisher");
            String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
            var created = given().auth().oauth2(publisher).contentType(ContentType.JSON)
                    .body(item.get("body").toString()).post("/api/datasets").then().statusCode(201).extract();
            String url = created.header("Location");
            String etag = created.header("ETag");
            for (JsonNode distribution : item.get("distributions")) {
                etag = given().auth().oauth2(publisher).header("If-Match", etag).contentType(ContentType.JSON)
                        .body(distribution.toString()).post(url + "/distributions").then().statusCode(201).extract()
                        .header("ETag");
            }
            if (item.path("publish").asBoolean()) {
                etag = given().auth().oauth2(publisher).header("If-Match", etag).post(url + "/submit").then()
                        .statusCode(200).extract().header("ETag");
                given().auth().oauth2(coordinator).header("If-Match", etag).post(url + "/publish").then()
                        .statusCode(200).body("status", is("PUBLISHED"));
                published++;
            }
        }
        assertThat(published).isGreaterThanOrEqualTo(30);
        given().get("/api/datasets?organization=" + organisations.get("grand-est") + "&organization="
                + organisations.get("veneto")).then().statusCode(200).body("total", is(published));
        for (String organisation : organisations.values()) {
            String turtle = given().accept("text/turtle").get("/api/catalog?size=100&organization=" + organisation)
                    .then().statusCode(200).extract().asString();
            assertThat(turtle).contains("publishertype/RegionalAuthority").contains("foaf:homepage");
            Shacl.assertNoViolation(Shacl.parse(turtle, Lang.TURTLE), Shacl.ALL_SHAPES);
        }
    }
}
