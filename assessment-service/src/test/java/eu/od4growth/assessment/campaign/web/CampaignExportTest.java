package eu.od4growth.assessment.campaign.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import eu.od4growth.assessment.questionnaire.Documents;
import eu.od4growth.testing.ServiceTest;
import io.quarkus.test.junit.QuarkusTest;

import static eu.od4growth.assessment.campaign.web.Campaigning.coordinator;
import static eu.od4growth.assessment.campaign.web.Campaigning.id;
import static eu.od4growth.assessment.campaign.web.Campaigning.respondent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** A campaign's CSV export parsed back (with and without a byte order mark), and its JSON twin. */
@QuarkusTest
@ServiceTest
class CampaignExportTest {

    private final String region = Documents.code("exporter");

    @Test
    void theCsvHoldsOneRowPerAssessmentWithAnswersAndScoresAndParsesBack() throws Exception {
        String a = "a-" + region;
        String b = "b-" + region;
        String url = Campaigning.openCampaign(region, a, b);
        String first = Campaigning.submitWithin(url, a, "CITY", "DATA_USER", "FRF1", 2);
        String second = Campaigning.submitWithin(url, b, "NATURAL_PARK", "DATA_PROVIDER", "FRF3", 4);

        byte[] bytes = given().auth().oauth2(coordinator(region)).get(url + "/export.csv?bom=true").then()
                .statusCode(200).contentType("text/csv").header("Content-Disposition",
                        is("attachment; filename=\"campaign-" + id(url) + ".csv\""))
                .extract().asByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).startsWith("assessment", "organization", "organizationType",
                    "pointOfView", "region", "status", "submittedAt", "POL1", "POL2", "IMP1")
                    .endsWith("score:policy", "score:impact", "score:portal", "score:quality", "score:total");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(2);
            CSVRecord row = rows.stream().filter(r -> r.get("organization").equals(a)).findFirst().orElseThrow();
            assertThat(row.get("assessment")).isEqualTo(id(first));
            assertThat(row.get("organizationType")).isEqualTo("CITY");
            assertThat(row.get("region")).isEqualTo("FRF1");
            assertThat(row.get("status")).isEqualTo("SUBMITTED");
            assertThat(row.get("submittedAt")).isNotEmpty();
            assertThat(row.get("POL2")).isEqualTo("half");
            assertThat(row.get("IMP1")).isEqualTo("social|economic");
            assertThat(row.get("POR1")).isEqualTo("40");
            assertThat(row.get("QUA2")).isEmpty();
            assertThat(row.get("score:policy")).isEqualTo("66.67");
        }
        String plain = given().auth().oauth2(coordinator(region)).get(url + "/export.csv").then().statusCode(200)
                .extract().asString();
        assertThat(plain).startsWith("assessment,organization,");

        given().auth().oauth2(coordinator(region)).get(url + "/export").then().statusCode(200)
                .contentType("application/json").body("rows.size()", is(2)).body("questions[0]", is("POL1"))
                .body("rows.find { it.organization == '" + b + "' }.assessment", is(id(second)))
                .body("rows.find { it.organization == '" + b + "' }.scores.policy", is(100.0f))
                .body("rows.find { it.organization == '" + b + "' }.answers.POL2", is("all"));
    }

    @Test
    void onlyTheCampaignsCoordinatorsExportIt() {
        String url = Campaigning.openCampaign(region, "invited-" + region);
        given().get(url + "/export.csv").then().statusCode(401);
        given().auth().oauth2(respondent(region)).get(url + "/export.csv").then().statusCode(403);
        given().auth().oauth2(coordinator("invited-" + region)).get(url + "/export.csv").then().statusCode(403);
        given().auth().oauth2(coordinator("other-" + region)).get(url + "/export").then().statusCode(404);
        given().auth().oauth2(coordinator(region)).get(url + "/export.csv").then().statusCode(200);
    }
}
