package eu.od4growth.catalog.dataset;

import java.util.List;
import java.util.UUID;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * The DCAT-AP export in its three formats, validated with Jena SHACL against the official DCAT-AP 3.0.1 shapes:
 * no violation at all for a fully described dataset, no violation of the mandatory shapes for a minimal one.
 */
@QuarkusTest
@ServiceTest
class DcatExportTest {

    private final String organisation = "dcat-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");

    @Test
    void aFullyDescribedDatasetConformsToEveryShapeInEveryFormat() {
        String url = createAndPublish(Datasets.FULL, Datasets.CSV);
        for (Lang lang : List.of(Lang.TURTLE, Lang.RDFXML, Lang.JSONLD)) {
            String body = given().accept(lang.getHeaderString()).get(url).then().statusCode(200)
                    .contentType(containsString(lang.getHeaderString())).header("ETag", is("\"2\"")).extract()
                    .asString();
            Model model = Shacl.parse(body, lang);
            assertThat(model.size()).as(lang.getName()).isGreaterThan(40);
            Shacl.assertNoViolation(model, Shacl.ALL_SHAPES);
        }
        String turtle = given().accept("text/turtle").get(url).asString();
        assertThat(turtle).contains("dcat:Dataset").contains("\"Qualité de l'air\"@fr")
                .contains("<http://publications.europa.eu/resource/authority/file-type/CSV>")
                .contains("<http://publications.europa.eu/resource/authority/frequency/DAILY>")
                .contains("spdx:checksumValue").contains("dcatap:hvdCategory");
        // JSON stays the default.
        given().get(url).then().contentType(ContentType.JSON).body("title.fr", is("Qualité de l'air"));
        given().accept("text/html").get(url).then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void aMinimalDatasetMeetsTheMandatoryShapes() {
        String url = createAndPublish("""
                {"title": {"en": "Minimal"}, "description": {"en": "Only what is mandatory."}}""");
        Shacl.assertNoViolation(Shacl.parse(given().accept("text/turtle").get(url).asString(), Lang.TURTLE), Shacl.MANDATORY);
    }

    @Test
    void theCatalogueIsPagedWithHydraAndConforms() {
        createAndPublish(Datasets.FULL, Datasets.CSV);
        createAndPublish(Datasets.FULL.replace("Air quality", "Air quality 2"), Datasets.CSV);
        createAndPublish(Datasets.FULL.replace("Air quality", "Air quality 3"));
        var answer = given().accept("text/turtle").get("/api/catalog?organization=" + organisation + "&size=2")
                .then().statusCode(200).contentType(containsString("text/turtle")).extract();
        assertThat(answer.headers().getValues("Link")).anySatisfy(link -> assertThat(link).contains("rel=\"next\""));
        String turtle = answer.asString();
        Model model = Shacl.parse(turtle, Lang.TURTLE);
        assertThat(turtle).contains("hydra:PartialCollectionView").contains("hydra:next").contains("hydra:totalItems");
        assertThat(model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                model.createResource("http://www.w3.org/ns/dcat#Dataset")).toList()).hasSize(2);
        Shacl.assertNoViolation(model, Shacl.ALL_SHAPES);
        // hydra:next and Link rel=next lead on by cursor to the last dataset, and no further.
        String next = answer.headers().getValues("Link").stream().filter(link -> link.contains("rel=\"next\""))
                .findFirst().orElseThrow().replaceAll("^<([^>]*)>.*$", "$1");
        assertThat(next).contains("cursor=").doesNotContain("page=");
        var last = given().urlEncodingEnabled(false).accept("text/turtle").get(next).then().statusCode(200).extract();
        Model rest = Shacl.parse(last.asString(), Lang.TURTLE);
        assertThat(rest.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                rest.createResource("http://www.w3.org/ns/dcat#Dataset")).toList()).hasSize(1);
        assertThat(last.asString()).doesNotContain("hydra:next");
        assertThat(last.headers().getValues("Link")).noneMatch(link -> link.contains("rel=\"next\""));
        for (String type : List.of("application/rdf+xml", "application/ld+json")) {
            given().accept(type).get("/api/catalog?organization=" + organisation).then().statusCode(200)
                    .contentType(containsString(type));
        }
        given().get("/api/catalog?size=0").then().statusCode(400);
    }

    private String createAndPublish(String dataset, String... distributions) {
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(dataset)
                .post("/api/datasets").then().statusCode(201).extract().header("Location");
        int version = 0;
        for (String distribution : distributions) {
            given().auth().oauth2(coordinator).header("If-Match", "\"" + version++ + "\"")
                    .contentType(ContentType.JSON).body(distribution).post(url + "/distributions").then()
                    .statusCode(201);
        }
        given().auth().oauth2(coordinator).header("If-Match", "\"" + version + "\"").post(url + "/publish").then()
                .statusCode(200);
        return url;
    }
}
