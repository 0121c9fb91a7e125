package eu.od4growth.assessment.plan.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.od4growth.assessment.campaign.web.Campaigning;
import eu.od4growth.assessment.questionnaire.Documents;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.testing.WriteRefusalBehaviourTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static eu.od4growth.assessment.campaign.web.Campaigning.coordinator;
import static eu.od4growth.assessment.campaign.web.Campaigning.id;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Action plans through HTTP: actions listed highest risk first then by end date, overdue flagged, explicit status
 * changes, objectives validated against the model, and the next assessment saying whether each target was reached.
 */
@QuarkusTest
@ServiceTest
class ActionPlanResourceTest extends WriteRefusalBehaviourTest {

    private static final String PROBLEM = "application/problem+json";

    private final String organisation = Documents.code("planner");
    private final LocalDate today = LocalDate.now();

    private static String action(String title, String risk, LocalDate start, LocalDate end) {
        return """
                {"title": "%s", "responsible": "Chief data officer", "startsOn": "%s", "endsOn": "%s", "risk": "%s", "progress": 20}"""
                .formatted(title, start, end, risk);
    }

    @Override
    protected String collectionPath() {
        return "/api/action-plans/actions";
    }

    @Override
    protected List<Write> writes() {
        String valid = action("Open the budget", "HIGH", today, today.plusDays(30));
        String invalid = """
                {"title": " ", "startsOn": "2026-10-01", "endsOn": "2026-11-01", "risk": "HIGH", "progress": 120}""";
        return writes(Write.create(valid, invalid, "title", "responsible", "progress"),
                Write.change("PUT", "", valid, invalid, "title", "progress"), Write.action("POST", "/start"),
                Write.action("POST", "/drop"), Write.action("DELETE", ""));
    }

    @Override
    protected String createRecord() {
        return given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body(action("Record", "LOW", today, today.plusDays(3))).post(collectionPath()).then().statusCode(201)
                .extract().header("Location");
    }

    @Override
    protected String allowedToken() {
        return coordinator(organisation);
    }

    @Override
    protected String wrongRoleToken() {
        return Tokens.of("respondent-" + organisation, organisation, "respondent");
    }

    @Override
    protected String otherOrganisationToken() {
        return coordinator("other-" + organisation);
    }

    @Override
    protected String bodyWithText(String text) {
        return action(text, "LOW", today, today);
    }

    @Override
    protected String textField() {
        return "title";
    }

    @Override
    @Test
    public void unreadableQueryParameterIsAProblem400() {
        given().auth().oauth2(allowedToken()).get(collectionPath() + "?page=first").then().statusCode(400)
                .contentType(PROBLEM).body("type", is("/problems/malformed-request"));
        given().get(collectionPath() + "?page=first").then().statusCode(401).contentType(PROBLEM);
    }

    private String plan(String title, String risk, LocalDate start, LocalDate end) {
        return id(given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body(action(title, risk, start, end)).post(collectionPath()).then().statusCode(201)
                .body("status", is("PLANNED")).extract().header("Location"));
    }

    @Test
    void actionsAreListedHighestRiskFirstThenByEndDateWithOverdueFlagged() {
        String lowSoon = plan("Low soon", "LOW", today.minusDays(20), today.plusDays(1));
        String highLate = plan("High late", "HIGH", today, today.plusDays(90));
        String highOverdue = plan("High overdue", "HIGH", today.minusDays(60), today.minusDays(1));
        String medium = plan("Medium", "MEDIUM", today, today.plusDays(10));
        given().auth().oauth2(allowedToken()).get(collectionPath()).then().statusCode(200).body("total", is(4))
                .body("items.id", is(List.of(highOverdue, highLate, medium, lowSoon)))
                .body("items.overdue", is(List.of(true, false, false, false)));

        String url = collectionPath() + "/" + highOverdue;
        given().auth().oauth2(allowedToken()).header("If-Match", "\"0\"").post(url + "/complete").then()
                .statusCode(200).body("status", is("DONE")).body("progress", is(100)).body("overdue", is(false));
        given().auth().oauth2(allowedToken()).header("If-Match", "\"1\"").post(url + "/start").then().statusCode(409)
                .contentType(PROBLEM);
        given().auth().oauth2(allowedToken()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(action("Again", "LOW", today, today)).put(url).then().statusCode(409);
        given().auth().oauth2(allowedToken()).get(collectionPath() + "?status=DONE").then()
                .body("items.id", is(List.of(highOverdue)));
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body(action("Inverted", "LOW", today, today.minusDays(1))).post(collectionPath()).then()
                .statusCode(400).body("violations.field", is(List.of("endsOn")));
    }

    @Test
    void anObjectiveIsCheckedAgainstTheModelAndTheNextAssessmentSaysWhetherItWasReached() {
        String model = Campaigning.model();
        String respondent = Campaigning.respondent(organisation);
        String baseline = submitted(respondent, model, 1);
        String body = """
                {"assessment": "%s", "dimension": "policy", "targetPercentage": 60, "dueOn": "%s"}"""
                .formatted(id(baseline), today.plusDays(200));
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body(body.replace("\"policy\"", "\"budget\"").replace("\"targetPercentage\": 60", "\"targetPercentage\": 160"))
                .post("/api/action-plans/objectives")
                .then().statusCode(400).body("violations.field", is(List.of("targetPercentage")));
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body(body.replace("\"policy\"", "\"budget\"")).post("/api/action-plans/objectives").then()
                .statusCode(400).body("violations.field", is(List.of("dimension")));
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body(body.replace("\"targetPercentage\": 60", "\"targetLevel\": \"guru\""))
                .post("/api/action-plans/objectives")
                .then().statusCode(400).body("violations.field", is(List.of("targetLevel")));
        given().auth().oauth2(coordinator("other-" + organisation)).contentType(ContentType.JSON).body(body)
                .post("/api/action-plans/objectives").then().statusCode(400)
                .body("violations.field", is(List.of("assessment")));

        String objective = given().auth().oauth2(allowedToken()).contentType(ContentType.JSON).body(body)
                .post("/api/action-plans/objectives").then().statusCode(201).body("outcome", nullValue())
                .body("modelCode", is(given().get("/api/models/" + model).then().extract().path("code").toString()))
                .extract().header("Location");
        String levelObjective = given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body(body.replace("\"targetPercentage\": 60", "\"targetLevel\": \"trend-setter\""))
                .post("/api/action-plans/objectives").then().statusCode(201).extract().header("Location");
        // an action serving the objective
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body(action("Adopt a strategy", "HIGH", today, today.plusDays(30)).replace("{",
                        "{\"objective\": \"" + id(objective) + "\", "))
                .post(collectionPath()).then().statusCode(201).body("objective", is(id(objective)));

        // the next assessment reaches 66.67 % in policy: 60 % reached, trend-setter (85 %) not
        String next = submitted(respondent, model, 2);
        given().auth().oauth2(allowedToken()).get(objective).then().statusCode(200)
                .body("outcome.assessment", is(id(next))).body("outcome.percentage", is(66.67f))
                .body("outcome.reached", is(true));
        given().auth().oauth2(allowedToken()).get(levelObjective).then().body("outcome.reached", is(false))
                .body("outcome.level", is("fast-tracker"));
        given().auth().oauth2(allowedToken()).get("/api/action-plans/objectives").then().body("total", is(2));
        given().auth().oauth2(coordinator("other-" + organisation)).get(objective).then().statusCode(404);
    }

    private static String submitted(String respondent, String model, int grade) {
        String url = given().auth().oauth2(respondent).contentType(ContentType.JSON)
                .body(Campaigning.startBody(model, null, "CITY", "DATA_USER", "FRF1")).post("/api/assessments").then()
                .statusCode(201).extract().header("Location");
        given().auth().oauth2(respondent).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"answers\": " + Campaigning.answers(grade) + "}").put(url + "/answers").then().statusCode(200);
        given().auth().oauth2(respondent).header("If-Match", "\"1\"").post(url + "/submit").then().statusCode(200);
        return url;
    }
}
