package eu.od4growth.catalog.vocabulary;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@ServiceTest
class VocabularyResourceTest {

    @Test
    void theVocabulariesArePublicAndMultilingual() {
        given().get("/api/catalog/vocabularies").then().statusCode(200)
                .body("$", hasItems("themes", "frequencies", "file-types", "licenses", "access-rights", "languages",
                        "hvd-categories"));
        given().get("/api/catalog/vocabularies/themes").then().statusCode(200)
                .body("find { it.code == 'ENVI' }.label.fr", is("Environnement"))
                .body("find { it.code == 'ENVI' }.label.it", is("Ambiente"))
                .body("find { it.code == 'ENVI' }.uri",
                        is("http://publications.europa.eu/resource/authority/data-theme/ENVI"));
    }

    @Test
    void fileTypesSayWhetherTheyAreOpenAndLicencesWhetherTheyAreOpen() {
        given().get("/api/catalog/vocabularies/file-types").then()
                .body("find { it.code == 'CSV' }.machineReadable", is(true))
                .body("find { it.code == 'CSV' }.nonProprietary", is(true))
                .body("find { it.code == 'CSV' }.mediaType", is("text/csv"))
                .body("find { it.code == 'PDF' }.machineReadable", is(false))
                .body("find { it.code == 'XLS' }.nonProprietary", is(false));
        given().get("/api/catalog/vocabularies/licenses").then()
                .body("find { it.code == 'ETALAB_2_0' }.open", is(true))
                .body("find { it.code == 'ODBL_1_0' }.open", is(true))
                .body("find { it.code == 'CC_BY_4_0' }.open", is(true))
                .body("find { it.code == 'CC0' }.open", is(true))
                .body("find { it.code == 'PROPRIETARY' }.open", is(false));
    }

    @Test
    void anUnknownVocabularyIsAProblem404() {
        given().get("/api/catalog/vocabularies/colours").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theNamesAskedInAnotherMediaTypeAreAProblem406() {
        given().accept("text/csv").get("/api/catalog/vocabularies").then().statusCode(406)
                .contentType("application/problem+json");
    }
}
