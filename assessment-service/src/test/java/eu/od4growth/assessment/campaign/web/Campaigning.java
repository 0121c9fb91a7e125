package eu.od4growth.assessment.campaign.web;

import java.time.LocalDate;

import eu.od4growth.assessment.questionnaire.Documents;
import eu.od4growth.testing.Tokens;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/**
 * Steps of a campaign through HTTP for tests: a coordinator drafts, opens and invites; invited respondents start,
 * answer and submit assessments of the test model within it.
 */
public final class Campaigning {

    private static String model;

    private Campaigning() {
    }

    /** The published test model (see {@link Documents#weighted}), imported once by an organisation of its own. */
    public static synchronized String model() {
        if (model == null) {
            model = Documents.publish("campaign-models", Documents.weighted(Documents.code("campaigned"), null));
        }
        return model;
    }

    public static String coordinator(String organisation) {
        return Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    }

    public static String respondent(String organisation) {
        return Tokens.of("respondent-" + organisation, organisation, "respondent");
    }

    public static String body(String model, LocalDate opensOn, LocalDate closesOn) {
        return """
                {"model": "%s", "title": {"fr": "Diagnostic %s", "en": "Diagnostic %s"},
                 "opensOn": "%s", "closesOn": "%s", "targetTypes": ["CITY", "NATURAL_PARK"], "targetRegions": ["FRF"]}"""
                .formatted(model, opensOn.getYear(), opensOn.getYear(), opensOn, closesOn);
    }

    /** A campaign of {@code organisation} running from yesterday for a month, opened, with these invitations. */
    public static String openCampaign(String organisation, String... invited) {
        return openCampaignOf(model(), organisation, invited);
    }

    /** The same, of another published model. */
    public static String openCampaignOf(String model, String organisation, String... invited) {
        LocalDate today = LocalDate.now();
        String url = given().auth().oauth2(coordinator(organisation)).contentType(ContentType.JSON)
                .body(body(model, today.minusDays(1), today.plusDays(30))).post("/api/campaigns").then()
                .statusCode(201).extract().header("Location");
        String etag = given().auth().oauth2(coordinator(organisation)).header("If-Match", "\"0\"")
                .post(url + "/open").then().statusCode(200).body("status", is("OPEN")).extract().header("ETag");
        if (invited.length > 0) {
            invite(organisation, url, etag, invited);
        }
        return url;
    }

    public static String invite(String organisation, String url, String etag, String... invited) {
        StringBuilder slugs = new StringBuilder();
        for (String slug : invited) {
            slugs.append(slugs.length() == 0 ? "" : ", ").append('"').append(slug).append('"');
        }
        return given().auth().oauth2(coordinator(organisation)).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"organizations\": [" + slugs + "]}").post(url + "/invitations").then().statusCode(200)
                .extract().header("ETag");
    }

    public static String startBody(String model, String campaign, String type, String pointOfView, String nuts) {
        return """
                {"model": "%s", "campaign": %s, "profile": {"organizationType": "%s", "pointOfView": "%s", "nuts": "%s"}}"""
                .formatted(model, campaign == null ? "null" : "\"" + campaign + "\"", type, pointOfView, nuts);
    }

    /** Starts, answers and submits an assessment of {@code organisation} within the campaign; answers its URL. */
    public static String submitWithin(String campaignUrl, String organisation, String type, String pointOfView,
            String nuts, int grade) {
        return submitWithin(campaignUrl, model(), organisation, type, pointOfView, nuts, grade);
    }

    /** The same, for a campaign of another model. */
    public static String submitWithin(String campaignUrl, String model, String organisation, String type,
            String pointOfView, String nuts, int grade) {
        String url = given().auth().oauth2(respondent(organisation)).contentType(ContentType.JSON)
                .body(startBody(model, id(campaignUrl), type, pointOfView, nuts)).post("/api/assessments").then()
                .statusCode(201).extract().header("Location");
        given().auth().oauth2(respondent(organisation)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"answers\": " + answers(grade) + "}").put(url + "/answers").then().statusCode(200);
        given().auth().oauth2(respondent(organisation)).header("If-Match", "\"1\"").post(url + "/submit").then()
                .statusCode(200);
        return url;
    }

    /**
     * Complete answers whose scores grow with {@code grade} (0 to 4): policy 0, 10, 20, 20, 30 of 30; impact 10 or 20
     * of 20; portal and quality vary too.
     */
    public static String answers(int grade) {
        String[] policy2 = { "none", "none", "half", "half", "all" };
        return ("{\"POL1\": {\"choice\": \"%s\"}, \"POL2\": {\"choice\": \"%s\"}, \"IMP1\": {\"choices\": [%s]}, "
                + "\"POR1\": {\"number\": %d}, \"POR2\": {\"number\": %d}, \"QUA1\": {\"choice\": \"%s\"}}").formatted(
                        grade == 0 ? "no" : "yes", policy2[grade],
                        grade < 2 ? "\"social\"" : "\"social\", \"economic\"", grade * 20, grade + 1,
                        grade % 2 == 0 ? "yes" : "no");
    }

    public static String id(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
