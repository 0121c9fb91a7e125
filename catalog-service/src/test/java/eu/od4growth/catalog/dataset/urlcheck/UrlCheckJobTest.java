package eu.od4growth.catalog.dataset.urlcheck;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * The background URL checks against a local server: results stored and shown, the quality assessed again without a
 * new version, and claims that a second replica does not take.
 */
@QuarkusTest
@ServiceTest
class UrlCheckJobTest {

    @Inject
    UrlCheckJob job;
    @Inject
    EntityManager entities;

    private final String organisation = "url-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");

    @Test
    void checksAreStoredShownAndScoredWithoutANewVersion() throws Exception {
        try (LocalSite site = new LocalSite()) {
            String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                    .body("{\"title\": {\"en\": \"Checked\"}, \"description\": {\"en\": \"URLs to check.\"}}")
                    .post("/api/datasets").then().statusCode(201).extract().header("Location");
            given().auth().oauth2(coordinator).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                    .body("{\"accessUrl\": \"%s\", \"downloadUrl\": \"%s\", \"format\": \"CSV\"}"
                            .formatted(site.url("/ok"), site.url("/missing")))
                    .post(url + "/distributions").then().statusCode(201);
            given().auth().oauth2(coordinator).get(url + "/url-checks").then().statusCode(200)
                    .body("state", is(List.of("UNCHECKED", "UNCHECKED")));
            float before = given().auth().oauth2(coordinator).get(url + "/quality").then()
                    .body("hints[0].message", containsString("not checked yet")).extract().path("score");

            job.check(List.of(site.url("/ok"), site.url("/missing")));

            given().auth().oauth2(coordinator).get(url + "/url-checks").then().statusCode(200)
                    .body("kind", is(List.of("accessUrl", "downloadUrl"))).body("state", is(List.of("ANSWERS", "FAILS")))
                    .body("httpStatus", is(List.of(200, 404))).body("detail[1]", is("HTTP 404"));
            given().auth().oauth2(coordinator).get(url + "/quality").then().body("score", is(before + 50))
                    .body("indicators.find { it.indicator == 'ACCESS_URL_ANSWERS' }.points", is(50.0f))
                    .body("hints.message", hasItem("Make every download URL answer with a 2xx or 3xx status: +30"))
                    .body("hints.message", not(hasItem(containsString("not checked yet"))));
            given().auth().oauth2(coordinator).get(url).then().header("ETag", is("\"1\""))
                    .body("quality.score", is(before + 50));
        }
    }

    @Test
    void aClaimedUrlIsNotClaimedAgainUntilItsLeaseEnds() {
        String first = "https://claims.example.org/" + UUID.randomUUID();
        String second = "https://claims.example.org/" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                "INSERT INTO url_check (url, next_check_at) VALUES (:a, now() - interval '1 minute'),"
                        + " (:b, now() - interval '1 minute')")
                .setParameter("a", first).setParameter("b", second).executeUpdate());
        List<String> claimed = job.claim(1000);
        assertThat(claimed).contains(first, second);
        assertThat(job.claim(1000)).doesNotContain(first, second);
    }
}
