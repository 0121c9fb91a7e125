package eu.od4growth.assessment.campaign.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.od4growth.assessment.questionnaire.Documents;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.testing.WriteRefusalBehaviourTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static eu.od4growth.assessment.campaign.web.Campaigning.coordinator;
import static eu.od4growth.assessment.campaign.web.Campaigning.id;
import static eu.od4growth.assessment.campaign.web.Campaigning.model;
import static eu.od4growth.assessment.campaign.web.Campaigning.respondent;
import static eu.od4growth.assessment.campaign.web.Campaigning.startBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Campaigns through HTTP with signed tokens: drafted, opened, invitations, assessments started within them (refused
 * when not invited, not open, outside the period), progress for the coordinator, and every write's refusals.
 */
@QuarkusTest
@ServiceTest
class CampaignResourceTest extends WriteRefusalBehaviourTest {

    private static final String PROBLEM = "application/problem+json";

    private final String organisation = Documents.code("region");
    private final LocalDate today = LocalDate.now();

    @Override
    protected String collectionPath() {
        return "/api/campaigns";
    }

    private String valid() {
        return Campaigning.body(model(), today, today.plusDays(60));
    }

    @Override
    protected List<Write> writes() {
        String invalid = """
                {"title": {"fr": ""}, "opensOn": "2026-10-01", "closesOn": "2026-09-01", "targetRegions": ["france"]}""";
        return writes(Write.create(valid(), invalid, "model", "title", "targetRegions[0]"),
                Write.change("PUT", "", valid(), invalid, "model", "title"),
                Write.action("POST", "/open"),
                Write.change("POST", "/invitations", "{\"organizations\": [\"veneto\"]}",
                        "{\"organizations\": [\"Not A Slug\"]}", "organizations[0]"),
                Write.action("DELETE", ""));
    }

    @Override
    protected String createRecord() {
        return given().auth().oauth2(allowedToken()).contentType(ContentType.JSON).body(valid())
                .post(collectionPath()).then().statusCode(201).extract().header("Location");
    }

    @Override
    protected String allowedToken() {
        return coordinator(organisation);
    }

    @Override
    protected String wrongRoleToken() {
        return Tokens.of("participant-" + organisation, organisation, "participant");
    }

    @Override
    protected String otherOrganisationToken() {
        return coordinator("other-" + organisation);
    }

    @Override
    protected String bodyWithText(String text) {
        return valid().replace("\"fr\": \"Diagnostic", "\"fr\": \"" + text);
    }

    @Override
    protected String textField() {
        return "title.fr";
    }

    /** Campaigns are never public: an anonymous list is a 401 before any parameter is read. */
    @Override
    @Test
    public void unreadableQueryParameterIsAProblem400() {
        given().auth().oauth2(allowedToken()).get(collectionPath() + "?page=first").then().statusCode(400)
                .contentType(PROBLEM).body("type", is("/problems/malformed-request"));
        given().get(collectionPath() + "?page=first").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void anInvertedPeriodOrAnUnpublishedModelIsRefusedAndNothingIsWritten() {
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body(Campaigning.body(model(), today, today.minusDays(1))).post(collectionPath()).then()
                .statusCode(400).contentType(PROBLEM).body("violations.field", is(List.of("closesOn")));
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body(Campaigning.body(java.util.UUID.randomUUID().toString(), today, today)).post(collectionPath())
                .then().statusCode(400).body("violations.field", is(List.of("model")));
        given().auth().oauth2(allowedToken()).get(collectionPath() + "?organization=" + organisation).then()
                .body("total", is(0));
    }

    @Test
    void aCreateAlwaysMakesADraftThatOnlyItsOrganisationSees() {
        String body = valid().substring(0, valid().lastIndexOf('}')) + ", \"status\": \"OPEN\"}";
        String url = given().auth().oauth2(allowedToken()).contentType(ContentType.JSON).body(body)
                .post(collectionPath()).then().statusCode(201).body("status", is("DRAFT"))
                .body("organization", is(organisation)).body("targetTypes", is(List.of("CITY", "NATURAL_PARK")))
                .extract().header("Location");
        String etag = Campaigning.invite(organisation, url, "\"0\"", "invited-" + organisation, "also-" + organisation);
        // invited, but a draft is not shown to the invited organisation yet
        given().auth().oauth2(respondent("invited-" + organisation)).get(url).then().statusCode(404);
        given().auth().oauth2(coordinator("invited-" + organisation)).get(collectionPath()).then()
                .body("items.id", not(hasItem(id(url))));
        given().auth().oauth2(otherOrganisationToken()).get(url).then().statusCode(404);
        given().auth().oauth2(Tokens.of("admin", "grand-est", "admin")).get(url).then().statusCode(200);

        given().auth().oauth2(allowedToken()).header("If-Match", etag).post(url + "/open").then().statusCode(200)
                .body("status", is("OPEN"));
        given().auth().oauth2(respondent("invited-" + organisation)).get(url).then().statusCode(200)
                .body("status", is("OPEN"));
        given().auth().oauth2(respondent("invited-" + organisation)).get(collectionPath()).then()
                .body("items.id", hasItem(id(url)));
        // an invited organisation sees its own invitation only; the coordinators see all
        given().auth().oauth2(respondent("invited-" + organisation)).get(url + "/invitations").then()
                .body("organization", is(List.of("invited-" + organisation)));
        given().auth().oauth2(allowedToken()).get(url + "/invitations").then()
                .body("organization", is(List.of("also-" + organisation, "invited-" + organisation)));
        given().auth().oauth2(otherOrganisationToken()).get(url).then().statusCode(404);
        given().auth().oauth2(otherOrganisationToken()).get(collectionPath()).then()
                .body("items.id", not(hasItem(id(url))));
    }

    @Test
    void invitedOrganisationsStartWithinAnOpenCampaignAndTheCoordinatorFollowsTheProgress() {
        String a = "a-" + organisation;
        String b = "b-" + organisation;
        String c = "c-" + organisation;
        String outsider = "x-" + organisation;
        String url = Campaigning.openCampaign(organisation, a, b, c);
        String campaign = id(url);

        // not invited: 403; a model other than the campaign's: 400
        given().auth().oauth2(respondent(outsider)).contentType(ContentType.JSON)
                .body(startBody(model(), campaign, "CITY", "DATA_USER", "FRF1")).post("/api/assessments").then()
                .statusCode(403).contentType(PROBLEM).body("detail", containsString("not invited"));
        String other = Documents.publish("campaign-models", Documents.weighted(Documents.code("other"), null));
        given().auth().oauth2(respondent(a)).contentType(ContentType.JSON)
                .body(startBody(other, campaign, "CITY", "DATA_USER", "FRF1")).post("/api/assessments").then()
                .statusCode(400).body("violations.field", is(List.of("model")));

        String submitted = Campaigning.submitWithin(url, a, "CITY", "DATA_USER", "FRF1", 2);
        given().auth().oauth2(respondent(a)).get(submitted).then().body("campaign", is(campaign));
        String started = given().auth().oauth2(respondent(b)).contentType(ContentType.JSON)
                .body(startBody(model(), campaign, "NATURAL_PARK", "DATA_PROVIDER", "FRF3")).post("/api/assessments")
                .then().statusCode(201).body("campaign", is(campaign)).extract().header("Location");
        // one assessment per organisation within a campaign
        given().auth().oauth2(respondent(b)).contentType(ContentType.JSON)
                .body(startBody(model(), campaign, "NATURAL_PARK", "DATA_PROVIDER", "FRF3")).post("/api/assessments")
                .then().statusCode(409).body("detail", containsString(id(started)));

        given().auth().oauth2(coordinator(organisation)).get(url + "/progress").then().statusCode(200)
                .body("invited", is(3)).body("started", is(2)).body("submitted", is(1))
                .body("organizations.organization", is(List.of(a, b, c)))
                .body("organizations.stage", is(List.of("SUBMITTED", "STARTED", "INVITED")))
                .body("organizations[0].assessment", is(id(submitted))).body("organizations[2].assessment", nullValue());
        // the invited organisations' coordinators read the campaign but do not follow it; others do not see it
        given().auth().oauth2(coordinator(a)).get(url + "/progress").then().statusCode(403);
        given().auth().oauth2(coordinator(outsider)).get(url + "/progress").then().statusCode(404);
        given().auth().oauth2(respondent(organisation)).get(url + "/progress").then().statusCode(403);
        given().auth().oauth2(coordinator(organisation)).get("/api/assessments?campaign=" + campaign).then()
                .statusCode(200).body("total", is(0));

        // closed: no more starts, no more invitations
        String etag = given().auth().oauth2(coordinator(organisation)).get(url).then().extract().header("ETag");
        etag = given().auth().oauth2(coordinator(organisation)).header("If-Match", etag).post(url + "/close").then()
                .statusCode(200).body("status", is("CLOSED")).extract().header("ETag");
        given().auth().oauth2(respondent(c)).contentType(ContentType.JSON)
                .body(startBody(model(), campaign, "CITY", "DATA_USER", "FRF1")).post("/api/assessments").then()
                .statusCode(409).body("detail", containsString("closed"));
        given().auth().oauth2(coordinator(organisation)).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"organizations\": [\"late\"]}").post(url + "/invitations").then().statusCode(409);
        given().auth().oauth2(coordinator(organisation)).header("If-Match", etag).post(url + "/open").then()
                .statusCode(409).body("detail", containsString("closed"));
    }

    @Test
    void aCampaignWhosePeriodHasNotBegunRefusesAssessmentsAndAWithdrawnInvitationHidesIt() {
        String url = given().auth().oauth2(allowedToken()).contentType(ContentType.JSON)
                .body(Campaigning.body(model(), today.plusDays(10), today.plusDays(20))).post(collectionPath()).then()
                .statusCode(201).extract().header("Location");
        String etag = given().auth().oauth2(allowedToken()).header("If-Match", "\"0\"").post(url + "/open").then()
                .statusCode(200).extract().header("ETag");
        String invitee = "early-" + organisation;
        etag = Campaigning.invite(organisation, url, etag, invitee, invitee);
        given().auth().oauth2(respondent(invitee)).contentType(ContentType.JSON)
                .body(startBody(model(), id(url), "CITY", "DATA_USER", "FRF1")).post("/api/assessments").then()
                .statusCode(409).body("detail", containsString("today is"));
        given().auth().oauth2(allowedToken()).header("If-Match", etag).delete(url + "/invitations/" + invitee).then()
                .statusCode(204);
        given().auth().oauth2(respondent(invitee)).get(url).then().statusCode(404);
        given().auth().oauth2(allowedToken()).get(url + "/invitations").then().body("size()", is(0));
    }
}
