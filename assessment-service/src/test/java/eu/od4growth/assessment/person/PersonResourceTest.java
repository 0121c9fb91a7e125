package eu.od4growth.assessment.person;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import eu.od4growth.assessment.campaign.web.Campaigning;
import eu.od4growth.assessment.questionnaire.Documents;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static eu.od4growth.assessment.campaign.web.Campaigning.coordinator;
import static eu.od4growth.assessment.campaign.web.Campaigning.id;
import static eu.od4growth.assessment.campaign.web.Campaigning.respondent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * The assessment's part of the persons protocol through HTTP: the person themselves or an administrator export and
 * erase; erasure unlinks the person from every record, keeps the records with their organisation and the benchmarks
 * as they were, is idempotent, and is all or nothing.
 */
@QuarkusTest
@ServiceTest
class PersonResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String[] KINDS = { "assessments", "questionnaireModels", "campaigns", "invitations",
            "objectives", "planActions", "responsibleActions" };

    private final String region = Documents.code("gdpr");
    private final String admin = Tokens.of("admin-" + region, "od4g", "admin");

    @Inject
    EntityManager entities;

    private static String persons(String subject) {
        return "/api/assessment/persons/" + subject;
    }

    @Test
    void aPersonErasedLeavesTheirAssessmentsWithTheirOrganisationAndTheBenchmarkUnchanged() {
        String[] cities = new String[5];
        for (int i = 0; i < cities.length; i++) {
            cities[i] = "city" + i + "-" + region;
        }
        String model = Documents.publish(region, Documents.weighted(Documents.code("erasable"), null));
        String campaign = Campaigning.openCampaignOf(model, region, cities);
        String[] assessments = new String[cities.length];
        for (int i = 0; i < cities.length; i++) {
            assessments[i] = Campaigning.submitWithin(campaign, model, cities[i], "CITY", "DATA_USER", "FRF1", i);
        }
        String person = "respondent-" + cities[0];
        String self = respondent(cities[0]);
        LocalDate today = LocalDate.now();
        // the city's coordinator plans an action and names the respondent as responsible
        String action = given().auth().oauth2(coordinator(cities[0])).contentType(ContentType.JSON)
                .body("""
                        {"title": "Name a data officer", "responsible": " RESPONDENT-%s ", "startsOn": "%s", "endsOn": "%s", "risk": "HIGH"}"""
                        .formatted(cities[0], today, today.plusDays(30)))
                .post("/api/action-plans/actions").then()
                .statusCode(201).extract().header("Location");
        String benchmark = "/api/benchmarks?campaign=" + id(campaign) + "&groupBy=type";
        String before = given().auth().oauth2(coordinator(region)).get(benchmark).then().statusCode(200)
                .body("all.count", is(5)).extract().asString();

        given().auth().oauth2(self).get(persons(person)).then().statusCode(200).body("service", is("assessment"))
                .body("subject", is(person)).body("records.assessments", hasSize(1))
                .body("records.assessments[0].organization", is(cities[0]))
                .body("records.assessments[0].status", is("SUBMITTED"))
                .body("records.assessments[0].answers.POL1.choice", is("no"))
                .body("records.planActions", empty()).body("records.responsibleActions", hasSize(1))
                .body("records.responsibleActions[0].title", is("Name a data officer"))
                .body("records.campaigns", empty());
        given().auth().oauth2(admin).get(persons("coordinator-" + region)).then().statusCode(200)
                .body("records.questionnaireModels", hasSize(1)).body("records.campaigns", hasSize(1))
                .body("records.campaigns[0].title.en", containsString("Diagnostic"))
                .body("records.invitations", hasSize(5)).body("records.assessments", empty());

        given().auth().oauth2(self).post(persons(person) + "/erase").then().statusCode(200)
                .body("service", is("assessment")).body("subject", is(person)).body("erased.assessments", is(1))
                .body("erased.planActions", is(0)).body("erased.responsibleActions", is(1))
                .body("erased.campaigns", is(0));
        // a repeat finds nothing left: zeros, and the same state
        given().auth().oauth2(self).post(persons(person) + "/erase").then().statusCode(200)
                .body("erased.assessments", is(0)).body("erased.planActions", is(0))
                .body("erased.responsibleActions", is(0));
        var exported = given().auth().oauth2(self).get(persons(person)).then().statusCode(200);
        for (String kind : KINDS) {
            exported.body("records." + kind, empty());
        }

        // the assessment stays with its organisation, its answers and its score; the benchmark does not move
        given().auth().oauth2(coordinator(cities[0])).get(assessments[0]).then().statusCode(200)
                .body("organization", is(cities[0])).body("respondent", is(PersonalData.PSEUDONYM))
                .body("status", is("SUBMITTED")).body("answers.POL1.choice", is("no"));
        given().auth().oauth2(coordinator(cities[0])).get(action).then().statusCode(200)
                .body("responsible", is(PersonalData.PSEUDONYM)).body("title", is("Name a data officer"));
        // its author is another person, still linked to it
        given().auth().oauth2(admin).get(persons("coordinator-" + cities[0])).then().statusCode(200)
                .body("records.planActions", hasSize(1)).body("records.planActions[0].responsible", is("erased"));
        String after = given().auth().oauth2(coordinator(region)).get(benchmark).then().statusCode(200).extract()
                .asString();
        assertThat(after).isEqualTo(before);

        // an administrator erases the coordinator: the campaign and its invitations stay, without the author
        given().auth().oauth2(admin).post(persons("coordinator-" + region) + "/erase").then().statusCode(200)
                .body("erased.questionnaireModels", is(1)).body("erased.campaigns", is(1))
                .body("erased.invitations", is(5)).body("erased.responsibleActions", is(0));
        given().auth().oauth2(coordinator(region)).get(campaign + "/progress").then().statusCode(200)
                .body("invited", is(5)).body("submitted", is(5));
        given().auth().oauth2(coordinator(region)).get(benchmark).then().statusCode(200).body(is(before));
    }

    @Test
    void onlyThePersonThemselvesOrAnAdministratorReachTheirData() {
        String person = "respondent-" + region;
        for (String path : List.of(persons(person), persons(person) + "/erase")) {
            boolean erase = path.endsWith("/erase");
            (erase ? given().post(path) : given().get(path)).then().statusCode(401);
            var other = given().auth().oauth2(respondent("other-" + region));
            (erase ? other.post(path) : other.get(path)).then().statusCode(403).contentType(PROBLEM);
            var coordinator = given().auth().oauth2(coordinator(region));
            (erase ? coordinator.post(path) : coordinator.get(path)).then().statusCode(403).contentType(PROBLEM);
            var self = given().auth().oauth2(respondent(region));
            (erase ? self.post(path) : self.get(path)).then().statusCode(200).body("subject", is(person));
            var administrator = given().auth().oauth2(admin);
            (erase ? administrator.post(path) : administrator.get(path)).then().statusCode(200);
        }
        // a person with no role at all still reads their own data
        given().auth().oauth2(Tokens.of("nobody-" + region, null)).get(persons("nobody-" + region)).then()
                .statusCode(200).body("records.assessments", empty());
        given().auth().oauth2(admin).get(persons(PersonalData.PSEUDONYM)).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("subject"));
        given().auth().oauth2(admin).post(persons("x".repeat(256)) + "/erase").then().statusCode(400)
                .contentType(PROBLEM).body("violations[0].field", containsString("subject"));
    }

    @Test
    void anErasureThatFailsHalfWayChangesNothing() {
        String city = "city-" + region;
        String model = Documents.publish(region, Documents.weighted(Documents.code("faulty"), null));
        String campaign = Campaigning.openCampaignOf(model, region, city);
        String coordinatorSubject = "coordinator-" + region;
        // the invitations are unlinked last; a trigger makes exactly that fail for this coordinator
        String function = "refuse_erasure_" + region.replace('-', '_');
        sql("CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF OLD.invited_by = '" + coordinatorSubject + "' THEN RAISE EXCEPTION 'simulated fault'; END IF;"
                + " RETURN NEW; END $$");
        sql("CREATE TRIGGER " + function + " BEFORE UPDATE ON campaign_invitation FOR EACH ROW EXECUTE FUNCTION "
                + function + "()");
        try {
            given().auth().oauth2(admin).post(persons(coordinatorSubject) + "/erase").then().statusCode(500)
                    .contentType(PROBLEM);
            given().auth().oauth2(admin).get(persons(coordinatorSubject)).then().statusCode(200)
                    .body("records.questionnaireModels", hasSize(1)).body("records.campaigns", hasSize(1))
                    .body("records.invitations", hasSize(1));
        } finally {
            sql("DROP TRIGGER " + function + " ON campaign_invitation");
            sql("DROP FUNCTION " + function + "()");
        }
        given().auth().oauth2(admin).post(persons(coordinatorSubject) + "/erase").then().statusCode(200)
                .body("erased.questionnaireModels", is(1)).body("erased.campaigns", is(1))
                .body("erased.invitations", is(1));
        given().auth().oauth2(coordinator(region)).get(campaign).then().statusCode(200).body("status", is("OPEN"));
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(statement).executeUpdate());
    }
}
