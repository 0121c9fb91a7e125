package eu.od4growth.catalog.harvest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/**
 * Harvesting from fixture catalogues served by a local server: a DCAT-AP catalogue in two pages (Turtle, then
 * RDF/XML, linked by hydra:next) and a CKAN site; creation, update, withdrawal, a local edit kept, a malformed source
 * that changes nothing.
 */
@QuarkusTest
@ServiceTest
class HarvestTest {

    private static final String ADMIN = Tokens.of("admin", "grand-est", "admin");
    private static final String PAGE1 = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix hydra: <http://www.w3.org/ns/hydra/core#> .
            <http://regio.example.org/catalog> a dcat:Catalog ;
                dcat:dataset <http://regio.example.org/ds/roads>, <http://regio.example.org/ds/schools> ;
                hydra:view [ a hydra:PartialCollectionView ; hydra:next <page2.rdf> ] .
            <http://regio.example.org/ds/roads> a dcat:Dataset ;
                dct:identifier "regio-roads" ;
                dct:title "Routes régionales"@fr, "ROADS"@en ;
                dct:description "Le réseau routier régional."@fr ;
                dcat:keyword "routes"@fr ;
                dcat:theme <http://publications.europa.eu/resource/authority/data-theme/TRAN> ;
                dct:license <https://www.etalab.gouv.fr/licence-ouverte-open-licence/> ;
                dcat:distribution [ a dcat:Distribution ; dcat:accessURL <http://regio.example.org/roads> ;
                    dcat:downloadURL <http://regio.example.org/roads.csv> ;
                    dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ] .
            SCHOOLS
            """;
    private static final String SCHOOLS = """
            <http://regio.example.org/ds/schools> a dcat:Dataset ;
                dct:title "Écoles"@fr, "Schools"@en ;
                dct:description "Les écoles."@fr ;
                dcat:theme <http://publications.europa.eu/resource/authority/data-theme/EDUC> .
            """;
    private static final String PAGE2 = """
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#"
                     xmlns:dct="http://purl.org/dc/terms/">
              <dcat:Dataset rdf:about="http://regio.example.org/ds/bikes">
                <dct:identifier>regio-bikes</dct:identifier>
                <dct:title xml:lang="en">Bike paths</dct:title>
                <dct:description xml:lang="en">DESCRIPTION</dct:description>
              </dcat:Dataset>
            </rdf:RDF>
            """;
    private static final String CKAN = """
            {"help": "x", "success": true, "result": {"count": 2, "results": [
              {"id": "pkg-1", "name": "bus-stops", "title": "Arrêts de bus", "notes": "Les arrêts.", "license_id": "ETALAB_2_0",
               "private": false, "tags": [{"name": "bus"}, {"name": "mobilité"}], "groups": [{"name": "tran"}],
               "resources": [{"url": "http://ckan.example.org/stops.csv", "format": "csv", "name": "Arrêts", "size": 1200}]},
              {"id": "pkg-2", "name": "budget", "title": "Budget", "notes": "", "license_id": "unknown-licence",
               "private": false, "tags": [], "groups": [], "resources": []}]}}""";

    private final Map<String, String[]> site = new ConcurrentHashMap<>();
    private final String organisation = "harv-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String[] page = site.get(exchange.getRequestURI().getPath());
            byte[] body = page == null ? new byte[0] : page[1].getBytes(StandardCharsets.UTF_8);
            if (page != null) {
                exchange.getResponseHeaders().add("Content-Type", page[0]);
            }
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"slug\": \"%s\", \"name\": \"Harvested\", \"kind\": \"REGIONAL_COUNCIL\"}".formatted(organisation))
                .post("/api/organizations").then().statusCode(201);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private String source(String kind, String url) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"organization\": \"%s\", \"name\": \"Regio\", \"kind\": \"%s\", \"url\": \"%s\", \"language\": \"fr\"}"
                        .formatted(organisation, kind, url))
                .post("/api/catalog/harvest-sources").then().statusCode(201).extract().path("id");
    }

    private io.restassured.response.ValidatableResponse run(String source) {
        return given().auth().oauth2(ADMIN).post("/api/catalog/harvest-sources/" + source + "/runs").then()
                .statusCode(200);
    }

    private io.restassured.response.ValidatableResponse search() {
        return given().get("/api/datasets?organization=" + organisation + "&sort=title").then().statusCode(200);
    }

    @Test
    void aDcatCatalogueIsCreatedUpdatedAndWithdrawnAndLocalEditsAreKept() {
        site.put("/catalog.ttl", new String[] { "text/turtle", PAGE1.replace("SCHOOLS", SCHOOLS) });
        site.put("/page2.rdf", new String[] { "application/rdf+xml", PAGE2.replace("DESCRIPTION", "Where to ride.") });
        String source = source("DCAT", url("/catalog.ttl"));

        run(source).body("status", is("SUCCEEDED")).body("found", is(3)).body("created", is(3));
        search().body("total", is(3)).body("items.identifier",
                is(List.of("regio-bikes", "regio-roads", "http://regio.example.org/ds/schools")));
        String roads = given().get("/api/datasets?organization=" + organisation + "&q=ROADS").then().extract()
                .path("items[0].id");
        given().get("/api/datasets/" + roads).then().body("status", is("PUBLISHED")).body("themes", is(List.of("TRAN")))
                .body("license", is("ETALAB_2_0")).body("keywords.fr", is(List.of("routes")))
                .body("distributions[0].format", is("CSV")).body("quality.rating", org.hamcrest.Matchers.notNullValue());
        run(source).body("unchanged", is(3)).body("created", is(0));

        // At the source: roads renamed, schools gone, bikes described anew; here, bikes edited by its coordinator.
        String bikes = given().get("/api/datasets?organization=" + organisation + "&q=bike").then().extract()
                .path("items[0].id");
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"title\": {\"en\": \"Cycle paths (local)\"}, \"description\": {\"en\": \"Edited here.\"},"
                        + " \"identifier\": \"regio-bikes\"}")
                .put("/api/datasets/" + bikes).then().statusCode(200);
        site.put("/catalog.ttl",
                new String[] { "text/turtle", PAGE1.replace("ROADS", "Regional roads").replace("SCHOOLS", "") });
        site.put("/page2.rdf", new String[] { "application/rdf+xml", PAGE2.replace("DESCRIPTION", "Ride safely.") });
        run(source).body("status", is("SUCCEEDED")).body("found", is(2)).body("updated", is(1))
                .body("withdrawn", is(1)).body("skipped", is(1))
                .body("errors", hasItem(containsString("regio-bikes: edited locally since the last harvest")));
        given().get("/api/datasets/" + roads).then().body("title.en", is("Regional roads"));
        given().get("/api/datasets/" + bikes).then().body("title.en", is("Cycle paths (local)"));
        given().get("/api/datasets?organization=" + organisation + "&status=ARCHIVED").then()
                .body("items.identifier", is(List.of("http://regio.example.org/ds/schools")));
        given().auth().oauth2(coordinator).get("/api/datasets/" + roads + "/history").then()
                .body("action", is(List.of("HARVEST", "HARVEST_UPDATE")));

        // A malformed page fails the run and changes nothing.
        site.put("/page2.rdf", new String[] { "application/rdf+xml", "<rdf:RDF this is not XML" });
        site.put("/catalog.ttl", new String[] { "text/turtle", PAGE1.replace("ROADS", "Broken roads").replace("SCHOOLS", "") });
        run(source).body("status", is("FAILED")).body("created", is(0)).body("updated", is(0))
                .body("errors[0]", containsString("page2.rdf is not valid RDF"));
        given().get("/api/datasets/" + roads).then().body("title.en", is("Regional roads"));
        search().body("total", is(2));
        given().auth().oauth2(ADMIN).get("/api/catalog/harvest-sources/" + source + "/runs").then().statusCode(200)
                .body("status", is(List.of("FAILED", "SUCCEEDED", "SUCCEEDED", "SUCCEEDED")));
    }

    @Test
    void aCkanSiteIsHarvestedThroughItsActionApi() {
        site.put("/ckan/api/3/action/package_search", new String[] { "application/json", CKAN });
        String source = source("CKAN", url("/ckan"));
        run(source).body("status", is("SUCCEEDED")).body("found", is(2)).body("created", is(2));
        String stops = given().get("/api/datasets?organization=" + organisation + "&q=arrets").then()
                .body("total", is(1)).extract().path("items[0].id");
        given().get("/api/datasets/" + stops).then().body("identifier", is("pkg-1")).body("title.fr", is("Arrêts de bus"))
                .body("keywords.fr", is(List.of("bus", "mobilité"))).body("themes", is(List.of("TRAN")))
                .body("license", is("ETALAB_2_0")).body("distributions[0].format", is("CSV"))
                .body("distributions[0].byteSize", is(1200));
        // The budget has no description: its title stands for it; its licence is unknown here, so it has none.
        given().get("/api/datasets?organization=" + organisation + "&q=budget").then()
                .body("items[0].license", org.hamcrest.Matchers.nullValue());
        site.put("/ckan/api/3/action/package_search", new String[] { "application/json", "{\"success\": false}" });
        run(source).body("status", is("FAILED")).body("errors[0]", containsString("not a CKAN package_search answer"));
        search().body("total", is(2));
    }

    @Test
    void onlyAdministratorsHarvestAndTheOrganizationMustExist() {
        given().auth().oauth2(coordinator).get("/api/catalog/harvest-sources").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"organization\": \"nobody-%s\", \"name\": \"X\", \"kind\": \"CKAN\", \"url\": \"ftp://x\"}"
                        .formatted(organisation))
                .post("/api/catalog/harvest-sources").then().statusCode(400).body("violations.field", hasItem("url"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"organization\": \"nobody-%s\", \"name\": \"X\", \"kind\": \"CKAN\", \"url\": \"http://x.example.org\"}"
                        .formatted(organisation))
                .post("/api/catalog/harvest-sources").then().statusCode(400)
                .body("violations.field", hasItem("organization"));
        given().auth().oauth2(ADMIN).post("/api/catalog/harvest-sources/" + UUID.randomUUID() + "/runs").then()
                .statusCode(404);
    }
}
