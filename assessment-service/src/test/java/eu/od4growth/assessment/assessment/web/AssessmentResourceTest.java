package eu.od4growth.assessment.assessment.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import eu.od4growth.assessment.questionnaire.Documents;
import eu.od4growth.assessment.radar.RadarChartTest;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.testing.WriteRefusalBehaviourTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Assessments through HTTP with signed tokens: start, partial saves, resume, validation, submit, results, radar,
 * reopen, evolution, and every refusal. Each test works in an organisation of its own.
 */
@QuarkusTest
@ServiceTest
class AssessmentResourceTest extends WriteRefusalBehaviourTest {

    private static final String PROBLEM = "application/problem+json";
    private static String model;

    private final String organisation = Documents.code("org");
    private final String respondent = Tokens.of("respondent-" + organisation, organisation, "respondent");
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");

    /** The published model every test answers, imported once (by another organisation: models are public). */
    private static synchronized String model() {
        if (model == null) {
            model = Documents.publish("model-authors", Documents.weighted(Documents.code("answered"), null));
        }
        return model;
    }

    private static String start(String nuts) {
        return """
                {"model": "%s", "profile": {"organizationType": "REGIONAL_COUNCIL", "pointOfView": "DATA_PROVIDER", "nuts": "%s"}}"""
                .formatted(model(), nuts);
    }

    @Override
    protected String collectionPath() {
        return "/api/assessments";
    }

    @Override
    protected List<Write> writes() {
        return writes(
                Write.create(start("FRF"), "{\"profile\": {\"nuts\": \"france\"}}", "model", "profile.organizationType",
                        "profile.pointOfView", "profile.nuts"),
                Write.change("PUT", "/answers", "{\"answers\": {\"POL1\": {\"choice\": \"yes\"}}}",
                        "{\"answers\": {\"nope\": {\"choice\": \"yes\"}}}", "answers.nope"),
                Write.action("POST", "/submit"));
    }

    @Override
    protected String createRecord() {
        return given().auth().oauth2(respondent).contentType(ContentType.JSON).body(start("FRF")).post(collectionPath())
                .then().statusCode(201).extract().header("Location");
    }

    @Override
    protected String allowedToken() {
        return respondent;
    }

    @Override
    protected String wrongRoleToken() {
        return Tokens.of("participant-" + organisation, organisation, "participant");
    }

    @Override
    protected String otherOrganisationToken() {
        return Tokens.of("respondent-other", "other-" + organisation, "respondent");
    }

    @Override
    protected String bodyWithText(String text) {
        return start(text);
    }

    @Override
    protected String textField() {
        return "profile.nuts";
    }

    /**
     * The shared test reads the list anonymously; assessments are never public, so an anonymous caller gets 401
     * before any parameter is read. The same unreadable parameter from a signed-in caller is a 400.
     */
    @Override
    @Test
    public void unreadableQueryParameterIsAProblem400() {
        given().auth().oauth2(respondent).get(collectionPath() + "?page=first").then().statusCode(400)
                .contentType(PROBLEM).body("type", is("/problems/malformed-request"))
                .body("detail", containsString("first"));
        given().get(collectionPath() + "?page=first").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aRespondentAnswersInPartsResumesAndSubmitsThenReadsResultsAndRadar() throws Exception {
        String url = given().auth().oauth2(respondent).contentType(ContentType.JSON).body(start("FRF1"))
                .post(collectionPath()).then().statusCode(201).header("ETag", is("\"0\"")).body("status", is("DRAFT"))
                .body("organization", is(organisation)).body("profile.nuts", is("FRF1"))
                .body("progress.required", is(6)).extract().header("Location");

        // a first part, then a second from the version read
        save(url, "\"0\"", "{\"POL1\": {\"choice\": \"yes\"}, \"POL2\": {\"choice\": \"half\"}}").statusCode(200)
                .header("ETag", is("\"1\""));
        save(url, "\"1\"", "{\"IMP1\": {\"choices\": [\"economic\", \"social\", \"environmental\"]}}").statusCode(200)
                .header("ETag", is("\"2\""));
        // a second tab still holding version 1 is refused, not silently merged
        save(url, "\"1\"", "{\"POL1\": {\"choice\": \"no\"}}").statusCode(412).contentType(PROBLEM);

        // resume: everything saved so far
        given().auth().oauth2(respondent).get(url).then().statusCode(200).header("ETag", is("\"2\""))
                .body("answers.POL1.choice", is("yes")).body("answers.IMP1.choices.size()", is(3))
                .body("progress.answered", is(3)).body("progress.requiredAnswered", is(3));

        // one violation per bad answer, and nothing written
        save(url, "\"2\"", """
                {"POL1": {"choice": "maybe"}, "POR1": {"text": "many"}, "QUA1": {"choice": "yes"},
                 "POR2": {"number": 9}, "IMP1": {"notApplicable": true}, "nope": {"choice": "yes"}}""")
                .statusCode(400).contentType(PROBLEM).body("type", is("/problems/validation"))
                .body("violations.field", is(List.of("answers.IMP1", "answers.POL1", "answers.POR1", "answers.POR2",
                        "answers.nope")));
        given().auth().oauth2(respondent).get(url).then().header("ETag", is("\"2\""))
                .body("answers.QUA1", nullValue());

        // submitting lists what is missing
        given().auth().oauth2(respondent).header("If-Match", "\"2\"").post(url + "/submit").then().statusCode(400)
                .body("violations.field", is(List.of("answers.POR1", "answers.POR2", "answers.QUA1")))
                .body("violations[0].message", is("is required"));
        save(url, "\"2\"", "{\"POR1\": {\"number\": 12}, \"POR2\": {\"unsure\": true}, \"QUA1\": {\"notApplicable\": true}}")
                .statusCode(200);
        given().auth().oauth2(respondent).header("If-Match", "\"3\"").post(url + "/submit").then().statusCode(200)
                .body("status", is("SUBMITTED")).body("submittedAt", not(nullValue()));

        // frozen until reopened
        save(url, "\"4\"", "{\"QUA2\": {\"text\": \"late\"}}").statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("read-only"));

        // policy 10 + 10 of 30, impact 20 (capped) of 20, portal 10 of 30 (unsure counts 0), quality excluded;
        // the preliminary score leaves the unsure question out: 50 of 70
        given().auth().oauth2(respondent).get(url + "/results?lang=fr").then().statusCode(200)
                .header("Content-Language", is("fr")).body("status", is("SUBMITTED"))
                .body("total.score", is(50.0f)).body("total.maximum", is(80.0f)).body("total.percentage", is(62.5f))
                .body("total.preliminaryPercentage", is(71.43f)).body("total.level.name", is("Suiveur"))
                .body("dimensions.code", is(List.of("policy", "impact", "portal", "quality")))
                .body("dimensions[0].title", is("Politique")).body("dimensions[0].percentage", is(66.67f))
                .body("dimensions[1].level.code", is("trend-setter"))
                .body("dimensions[3].percentage", nullValue())
                .body("dimensions[0].subDimensions[0].title", is("Cadre"))
                .body("strengths[0].code", is("impact.reuse")).body("weaknesses[0].code", is("portal.usage"))
                .body("evolution", nullValue());

        String svg = given().auth().oauth2(respondent).get(url + "/radar.svg?lang=fr").then().statusCode(200)
                .contentType("image/svg+xml").header("Content-Language", is("fr")).extract().asString();
        Document radar = RadarChartTest.parse(svg);
        assertThat(radar.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(RadarChartTest.count(radar, "line", "axis")).isEqualTo(4);
        assertThat(RadarChartTest.count(radar, "polygon", "series")).isEqualTo(1);
        assertThat(svg).contains("Politique").contains("Qualité").contains("<title>Diagnostic local</title>")
                .contains("<desc>Graphique radar des 4 dimensions");
    }

    @Test
    void aSecondAssessmentShowsTheEvolutionAndACoordinatorReopens() throws Exception {
        String first = submitted("{\"POL1\": {\"choice\": \"no\"}, \"POL2\": {\"choice\": \"none\"}, "
                + "\"IMP1\": {\"choices\": [\"social\"]}, \"POR1\": {\"number\": 3}, \"POR2\": {\"number\": 1}, "
                + "\"QUA1\": {\"choice\": \"no\"}}");
        String second = submitted("{\"POL1\": {\"choice\": \"yes\"}, \"POL2\": {\"notApplicable\": true}, "
                + "\"IMP1\": {\"choices\": [\"social\"]}, \"POR1\": {\"number\": 60}, \"POR2\": {\"number\": 5}, "
                + "\"QUA1\": {\"choice\": \"yes\"}}");
        String firstId = first.substring(first.lastIndexOf('/') + 1);

        given().auth().oauth2(coordinator).get(second + "/results?lang=en").then().statusCode(200)
                .body("total.percentage", is(90.0f)).body("evolution.previousAssessment", is(firstId))
                .body("evolution.total.previousPercentage", is(10.0f)).body("evolution.total.delta", is(80.0f))
                .body("evolution.total.previousLevel.code", is("beginner"))
                .body("evolution.total.level.code", is("trend-setter")).body("evolution.total.levelChanged", is(true))
                .body("evolution.dimensions[0].code", is("policy")).body("evolution.dimensions[0].delta", is(100.0f))
                .body("evolution.dimensions[1].delta", is(0.0f));
        String svg = given().auth().oauth2(coordinator).header("Accept-Language", "fr").get(second + "/radar.svg")
                .then().statusCode(200).extract().asString();
        assertThat(RadarChartTest.count(RadarChartTest.parse(svg), "polygon", "series")).isEqualTo(2);
        assertThat(svg).contains("Évaluation précédente");

        // the coordinator reopens the first; it is no longer the previous one of the second
        String etag = given().auth().oauth2(coordinator).get(first).then().extract().header("ETag");
        given().auth().oauth2(respondent).header("If-Match", etag).post(first + "/reopen").then().statusCode(403);
        given().auth().oauth2(coordinator).header("If-Match", etag).post(first + "/reopen").then().statusCode(200)
                .body("status", is("DRAFT")).body("submittedAt", nullValue());
        given().auth().oauth2(coordinator).get(second + "/results").then().body("evolution", nullValue());
        given().auth().oauth2(coordinator).header("If-Match", etag).post(first + "/reopen").then().statusCode(412);
    }

    @Test
    void theBuiltInLadderModelIsAnsweredAndEachThemeIsAtItsWeakestActivity() {
        List<java.util.Map<String, Object>> builtIn = given().get("/api/models?organization=od4g").then()
                .statusCode(200).extract().jsonPath().getList("items");
        String ladder = builtIn.stream().filter(m -> "LEVEL_LADDER".equals(m.get("scoring")))
                .map(m -> (String) m.get("id")).findFirst().orElseThrow();
        List<String> questions = given().get("/api/models/" + ladder + "/export").then().statusCode(200).extract()
                .jsonPath().getList("dimensions.subDimensions.flatten().questions.flatten().code");
        StringBuilder answers = new StringBuilder("{");
        for (String question : questions) {
            answers.append(answers.length() > 1 ? ", " : "").append('"').append(question).append("\": {\"choice\": \"")
                    .append(question.equals("PRO.R.3") ? "no" : "yes").append("\"}");
        }
        String url = given().auth().oauth2(respondent).contentType(ContentType.JSON)
                .body(start("FRF").replace(model(), ladder)).post(collectionPath()).then().statusCode(201).extract()
                .header("Location");
        save(url, "\"0\"", answers.append('}').toString()).statusCode(200);
        given().auth().oauth2(respondent).header("If-Match", "\"1\"").post(url + "/submit").then().statusCode(200);
        given().auth().oauth2(respondent).get(url + "/results?lang=fr").then().statusCode(200)
                .body("scoring", is("LEVEL_LADDER")).body("total.score", is(2.0f)).body("total.maximum", is(5.0f))
                .body("total.level.name", is("Reproductible"))
                .body("dimensions.score", is(List.of(2.0f, 4.0f, 4.0f, 3.0f)))
                .body("dimensions[0].subDimensions.score", is(List.of(2.0f, 3.0f)))
                .body("total.preliminaryScore", nullValue());
        given().auth().oauth2(respondent).get(url + "/results?lang=xx").then().statusCode(400)
                .body("violations[0].field", is("lang"));
    }

    @Test
    void onlyTheOrganisationAndAdministratorsReadAnAssessment() {
        String url = createRecord();
        given().get(url).then().statusCode(401).contentType(PROBLEM);
        given().get(url + "/results").then().statusCode(401);
        given().auth().oauth2(otherOrganisationToken()).get(url).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(otherOrganisationToken()).get(url + "/radar.svg").then().statusCode(404)
                .contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("coordinator-other", "other-" + organisation, "coordinator")).get(url + "/results")
                .then().statusCode(404);
        given().auth().oauth2(wrongRoleToken()).get(url).then().statusCode(403);
        given().auth().oauth2(coordinator).get(url).then().statusCode(200);
        given().auth().oauth2(Tokens.of("admin", "grand-est", "admin")).get(url).then().statusCode(200);
        // the coordinator reads but does not answer
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"answers\": {\"POL1\": {\"choice\": \"yes\"}}}").put(url + "/answers").then().statusCode(403);
    }

    @Test
    void theListHoldsTheCallersOrganisationsAssessmentsWithTheirStatus() {
        String draft = createRecord();
        String done = submitted(complete());
        String otherOrganisation = given().auth().oauth2(otherOrganisationToken()).contentType(ContentType.JSON)
                .body(start("ITH3")).post(collectionPath()).then().statusCode(201).extract().header("Location");
        given().auth().oauth2(respondent).get(collectionPath()).then().statusCode(200).body("total", is(2))
                .body("items.id", is(List.of(id(done), id(draft)))).body("items.status", is(List.of("SUBMITTED", "DRAFT")))
                .body("items.id", not(hasItem(id(otherOrganisation))));
        given().auth().oauth2(coordinator).get(collectionPath() + "?status=SUBMITTED").then().body("total", is(1))
                .body("items[0].id", is(id(done)));
        given().auth().oauth2(Tokens.of("admin", "grand-est", "admin"))
                .get(collectionPath() + "?organization=" + organisation + "&size=1").then().body("total", is(2))
                .body("items.size()", is(1));
        given().auth().oauth2(wrongRoleToken()).get(collectionPath()).then().statusCode(403);
    }

    @Test
    void onlyAPublishedModelIsAnswered() {
        String draft = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Documents.weighted(Documents.code("draft"), null)).post("/api/models/import").then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(respondent).contentType(ContentType.JSON).body(start("FRF").replace(model(), draft))
                .post(collectionPath()).then().statusCode(400).body("violations.field", is(List.of("model")));
    }

    private ValidatableResponse save(String url, String etag, String answers) {
        return given().auth().oauth2(respondent).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"answers\": " + answers + "}").put(url + "/answers").then();
    }

    private String submitted(String answers) {
        String url = createRecord();
        save(url, "\"0\"", answers).statusCode(200);
        given().auth().oauth2(respondent).header("If-Match", "\"1\"").post(url + "/submit").then().statusCode(200);
        return url;
    }

    private static String complete() {
        return "{\"POL1\": {\"choice\": \"yes\"}, \"POL2\": {\"choice\": \"all\"}, \"IMP1\": {\"choices\": [\"social\"]}, "
                + "\"POR1\": {\"number\": 3}, \"POR2\": {\"number\": 1}, \"QUA1\": {\"choice\": \"no\"}}";
    }

    private static String id(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
