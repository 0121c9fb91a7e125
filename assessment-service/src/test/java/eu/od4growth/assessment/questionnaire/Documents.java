package eu.od4growth.assessment.questionnaire;

import java.util.UUID;

import eu.od4growth.testing.Tokens;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** Model documents for HTTP tests: a small weighted model on the 4 ODM dimensions, in French and English. */
public final class Documents {

    private Documents() {
    }

    /**
     * A weighted model: policy (yes/no 10, single choice 20 with N/A full credit), impact (multiple 20, capped), portal
     * (numeric 20, scale 10, unsure allowed), quality (yes/no 20, N/A excluded; optional free text).
     */
    public static String weighted(String code, String predecessor) {
        return """
                {"code": "%s", %s"title": {"fr": "Diagnostic local", "en": "Local diagnostic"},
                 "description": {"fr": "Pour les collectivités", "en": "For local authorities"},
                 "scoring": "WEIGHTED", "fallbackLanguage": "en",
                 "levels": [
                   {"code": "beginner", "name": {"fr": "Débutant", "en": "Beginner"}, "from": 0},
                   {"code": "follower", "name": {"fr": "Suiveur", "en": "Follower"}, "from": 35},
                   {"code": "fast-tracker", "name": {"fr": "Accélérateur", "en": "Fast-tracker"}, "from": 65},
                   {"code": "trend-setter", "name": {"fr": "Pionnier", "en": "Trend-setter"}, "from": 85}],
                 "dimensions": [
                   {"code": "policy", "title": {"fr": "Politique", "en": "Policy"}, "subDimensions": [
                     {"code": "policy.framework", "title": {"fr": "Cadre", "en": "Framework"}, "questions": [
                       {"code": "POL1", "type": "YES_NO", "text": {"fr": "Avez-vous une stratégie ?", "en": "Do you have a strategy?"}, "weight": 10},
                       {"code": "POL2", "type": "SINGLE_CHOICE", "text": {"fr": "Quelle part des services publie ?", "en": "How many departments publish?"}, "weight": 20, "notApplicable": "FULL_CREDIT",
                        "options": [{"code": "all", "label": {"fr": "Tous", "en": "All"}, "fraction": 1},
                                    {"code": "half", "label": {"fr": "La moitié", "en": "Half"}, "fraction": 0.5},
                                    {"code": "none", "label": {"fr": "Aucun", "en": "None"}, "fraction": 0}]}]}]},
                   {"code": "impact", "title": {"fr": "Impact", "en": "Impact"}, "subDimensions": [
                     {"code": "impact.reuse", "title": {"fr": "Réutilisation", "en": "Reuse"}, "questions": [
                       {"code": "IMP1", "type": "MULTIPLE_CHOICE", "text": {"fr": "Quels effets observez-vous ?", "en": "Which effects do you see?"}, "weight": 20, "cap": 1,
                        "options": [{"code": "economic", "label": {"fr": "Économiques", "en": "Economic"}, "fraction": 0.5},
                                    {"code": "social", "label": {"fr": "Sociaux", "en": "Social"}, "fraction": 0.5},
                                    {"code": "environmental", "label": {"fr": "Environnementaux", "en": "Environmental"}, "fraction": 0.5}]}]}]},
                   {"code": "portal", "title": {"fr": "Portail", "en": "Portal"}, "subDimensions": [
                     {"code": "portal.usage", "title": {"fr": "Usage", "en": "Usage"}, "questions": [
                       {"code": "POR1", "type": "NUMERIC", "text": {"fr": "Combien de jeux de données ?", "en": "How many datasets?"}, "weight": 20,
                        "bands": [{"to": 10, "fraction": 0}, {"from": 10, "to": 50, "fraction": 0.5}, {"from": 50, "fraction": 1}]},
                       {"code": "POR2", "type": "SCALE", "text": {"fr": "Satisfaction des usagers", "en": "Users' satisfaction"}, "weight": 10, "unsureAllowed": true,
                        "scale": {"min": 1, "max": 5, "minLabel": {"fr": "Faible", "en": "Low"}, "maxLabel": {"fr": "Forte", "en": "High"}}}]}]},
                   {"code": "quality", "title": {"fr": "Qualité", "en": "Quality"}, "subDimensions": [
                     {"code": "quality.metadata", "title": {"fr": "Métadonnées", "en": "Metadata"}, "questions": [
                       {"code": "QUA1", "type": "YES_NO", "text": {"fr": "Vos métadonnées suivent-elles DCAT-AP ?", "en": "Do your metadata follow DCAT-AP?"}, "weight": 20, "notApplicable": "EXCLUDED"},
                       {"code": "QUA2", "type": "FREE_TEXT", "text": {"fr": "Commentaires", "en": "Comments"}}]}]}]}
                """
                .formatted(code, predecessor == null ? "" : "\"predecessor\": \"" + predecessor + "\", ");
    }

    /** A unique model code for one test. */
    public static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Imports {@code document} as a coordinator of {@code organisation}, publishes it and answers its id. */
    public static String publish(String organisation, String document) {
        String token = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
        String url = given().auth().oauth2(token).contentType(ContentType.JSON).body(document)
                .post("/api/models/import").then().statusCode(201).extract().header("Location");
        given().auth().oauth2(token).header("If-Match", "\"0\"").post(url + "/publish").then().statusCode(200)
                .body("status", is("PUBLISHED"));
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
