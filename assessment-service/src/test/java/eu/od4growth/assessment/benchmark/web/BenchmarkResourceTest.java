package eu.od4growth.assessment.benchmark.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.od4growth.assessment.campaign.web.Campaigning;
import eu.od4growth.assessment.questionnaire.Documents;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

import static eu.od4growth.assessment.campaign.web.Campaigning.coordinator;
import static eu.od4growth.assessment.campaign.web.Campaigning.id;
import static eu.od4growth.assessment.campaign.web.Campaigning.respondent;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * A campaign's benchmark through HTTP (k = 5): suppressed with k−1 submitted assessments, shown at k, the respondent's
 * position, and the differencing attack of a region against the region's cities refused.
 */
@QuarkusTest
@ServiceTest
class BenchmarkResourceTest {

    private final String region = Documents.code("region");

    @Test
    void aCampaignBenchmarkIsSuppressedAtKMinusOneShownAtKAndRefusesTheDifferencingAttack() {
        String[] cities = new String[5];
        for (int i = 0; i < cities.length; i++) {
            cities[i] = "city" + i + "-" + region;
        }
        String park = "park-" + region;
        String[] invited = java.util.Arrays.copyOf(cities, 6);
        invited[5] = park;
        // a model of its own: the benchmark also compares with the model's other campaigns
        String model = Documents.publish("benchmark-models", Documents.weighted(Documents.code("benchmarked"), null));
        String url = Campaigning.openCampaignOf(model, region, invited);
        String benchmark = "/api/benchmarks?campaign=" + id(url);
        for (int i = 0; i < 4; i++) {
            Campaigning.submitWithin(url, model, cities[i], "CITY", "DATA_USER", "FRF1", i);
        }
        given().auth().oauth2(coordinator(region)).get(benchmark + "&groupBy=type").then().statusCode(200)
                .body("k", is(5)).body("all.suppressed", is(true)).body("all.count", nullValue())
                .body("all.total", nullValue()).body("groups[0].key", is("CITY")).body("groups[0].suppressed", is(true));

        Campaigning.submitWithin(url, model, cities[4], "CITY", "DATA_USER", "FRF1", 4);
        // policy: 0, 10, 20, 20, 30 of 30 → 0, 33.33, 66.67, 66.67, 100 %
        given().auth().oauth2(coordinator(region)).get(benchmark + "&groupBy=type").then().statusCode(200)
                .body("all.suppressed", is(false)).body("all.count", is(5))
                .body("groups[0].count", is(5)).body("groups[0].dimensions.policy.median", is(66.67f))
                .body("groups[0].dimensions.policy.q1", is(33.33f)).body("groups[0].dimensions.policy.q3", is(66.67f))
                .body("groups[0].total.mean", notNullValue()).body("own", nullValue());
        // a respondent of a city sees its position in its group
        given().auth().oauth2(respondent(cities[4])).get(benchmark + "&groupBy=type").then().statusCode(200)
                .body("own.organization", is(cities[4])).body("own.group", is("CITY")).body("own.compared", is(true))
                .body("own.dimensions.policy", is(100.0f)).body("own.dimensionPositions.policy", is("ABOVE_Q3"));

        // a sixth organisation, the only park: FRF by type shows no group, FRF's cities are refused
        Campaigning.submitWithin(url, model, park, "NATURAL_PARK", "DATA_PROVIDER", "FRF1", 2);
        given().auth().oauth2(coordinator(region)).get(benchmark + "&region=FRF").then().statusCode(200)
                .body("all.count", is(6));
        given().auth().oauth2(coordinator(region)).get(benchmark + "&region=FRF&groupBy=type").then().statusCode(200)
                .body("groups.key", is(List.of("CITY", "NATURAL_PARK")))
                .body("groups.suppressed", is(List.of(true, true))).body("groups[0].count", nullValue());
        given().auth().oauth2(coordinator(region)).get(benchmark + "&region=FRF&type=CITY").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("type"))
                .body("violations[0].message", containsString("differencing"));
        // the park's own position: its group is suppressed, so only its own figures
        given().auth().oauth2(respondent(park)).get(benchmark + "&groupBy=type").then().statusCode(200)
                .body("own.compared", is(false)).body("own.dimensions.policy", is(66.67f));

        // one organisation in another campaign of the model: this campaign's figures minus the model's would expose it
        String other = Campaigning.openCampaignOf(model, "other-" + region, "lone-" + region);
        Campaigning.submitWithin(other, model, "lone-" + region, "CITY", "DATA_USER", "FRF2", 3);
        given().auth().oauth2(coordinator(region)).get(benchmark).then().statusCode(400)
                .body("violations[0].field", is("campaign"));
        given().auth().oauth2(coordinator(region)).get("/api/benchmarks?model=" + model).then().statusCode(200)
                .body("all.count", is(7));
    }

    @Test
    void onlyThoseWhoSeeTheCampaignBenchmarkItAndBadQueriesAre400() {
        String url = Campaigning.openCampaign(region, "invited-" + region);
        String benchmark = "/api/benchmarks?campaign=" + id(url);
        given().get(benchmark).then().statusCode(401);
        given().auth().oauth2(coordinator("other-" + region)).get(benchmark).then().statusCode(404);
        given().auth().oauth2(Tokens.of("p", region, "participant")).get(benchmark).then().statusCode(403);
        given().auth().oauth2(respondent("invited-" + region)).get(benchmark).then().statusCode(200)
                .body("all.suppressed", is(true));
        given().auth().oauth2(coordinator(region)).get("/api/benchmarks").then().statusCode(400)
                .body("violations[0].field", is("campaign"));
        given().auth().oauth2(coordinator(region)).get(benchmark + "&groupBy=size").then().statusCode(400)
                .body("violations[0].field", is("groupBy"));
        given().auth().oauth2(coordinator(region)).get("/api/benchmarks?model=" + Campaigning.model() + "&groupBy=region")
                .then().statusCode(200).body("modelCode", notNullValue());
    }
}
