package eu.od4growth.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * What every record an organisation owns, versions and publishes shows, whichever service stores it: a create makes
 * a draft, drafts stay within their organisation (even one whose slug is {@code null}), publishing shows the record
 * to everyone, lists filter by organization and page through a known set in order. Each test works in an
 * organisation of its own, so tests neither see each other's data nor depend on their order.
 */
public abstract class OwnedRecordBehaviourTest extends WriteRefusalBehaviourTest {

    /** This test's own organisation. */
    protected final String organisation = "org-" + UUID.randomUUID().toString().substring(0, 8);

    /**
     * A valid create body whose string field {@link #textField()} holds {@code text} and whose sort key grows with
     * {@code order}.
     */
    protected abstract String body(String text, int order);

    /** The role that manages the organisation's records. */
    protected String managingRole() {
        return "coordinator";
    }

    @Override
    protected String allowedToken() {
        return managerOf(organisation);
    }

    @Override
    protected String wrongRoleToken() {
        return Tokens.of("participant-" + organisation, organisation, "participant");
    }

    @Override
    protected String otherOrganisationToken() {
        return managerOf("other-" + organisation);
    }

    @Override
    protected String bodyWithText(String text) {
        return body(text, 0);
    }

    @Override
    protected String createRecord() {
        return create(allowedToken(), body("Record " + UUID.randomUUID(), 0)).statusCode(201).extract()
                .header("Location");
    }

    protected String managerOf(String organisation) {
        return Tokens.of("manager-" + organisation, organisation, managingRole());
    }

    protected ValidatableResponse create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(collectionPath()).then();
    }

    /** Publishes the record at {@code url} as its manager and answers the new ETag. */
    protected String publish(String token, String url) {
        String etag = given().auth().oauth2(token).get(url).then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(token).header("If-Match", etag).post(url + "/publish").then().statusCode(200)
                .body("status", is("PUBLISHED")).extract().header("ETag");
    }

    @Test
    public void aCreateAlwaysMakesADraftWhateverStatusItSends() {
        String body = body("Wants to be public", 0);
        body = body.substring(0, body.lastIndexOf('}')) + ", \"status\": \"PUBLISHED\"}";
        String url = create(allowedToken(), body).statusCode(201).body("status", is("DRAFT"))
                .body("organization", is(organisation)).extract().header("Location");
        given().get(url).then().statusCode(404);
    }

    @Test
    public void anonymousCallersNeverSeeDraftsOfAnOrganisationCalledNull() {
        String url = create(managerOf("null"), body("Draft of null " + UUID.randomUUID(), 0)).statusCode(201)
                .extract().header("Location");
        String id = url.substring(url.lastIndexOf('/') + 1);
        given().get(url).then().statusCode(404).contentType("application/problem+json");
        given().get(collectionPath() + "?organization=null&size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(managerOf("null")).get(collectionPath() + "?organization=null&size=100").then()
                .body("items.id", hasItem(id));
    }

    @Test
    public void draftsStayWithinTheirOrganisationUntilPublished() {
        String url = createRecord();
        String id = url.substring(url.lastIndexOf('/') + 1);
        given().auth().oauth2(otherOrganisationToken()).get(url).then().statusCode(404);
        given().auth().oauth2(allowedToken()).get(url).then().statusCode(200).header("ETag", is("\"0\""));
        given().get(collectionPath() + "?organization=" + organisation).then().body("total", is(0));

        String etag = publish(allowedToken(), url);
        given().get(url).then().statusCode(200).header("ETag", is(etag)).body("status", is("PUBLISHED"));
        given().get(collectionPath() + "?organization=" + organisation).then().body("items.id", hasItem(id))
                .body("total", is(1));
        // Publishing twice is a conflict that names the state, not a silent success.
        given().auth().oauth2(allowedToken()).header("If-Match", etag).post(url + "/publish").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("published"));
    }

    @Test
    public void publishingIsCountedInTheMetrics() {
        publish(allowedToken(), createRecord());
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("od4g_state_changes_total\\{[^}]*action=\"publish\"[^}]*state=\"published\"[^}]*} [1-9]");
    }

    @Test
    public void pagesHoldTheExpectedSliceOfAKnownSet() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String url = create(allowedToken(), body("Item " + i, i)).statusCode(201).extract().header("Location");
            ids.add(url.substring(url.lastIndexOf('/') + 1));
        }
        List<String> links = given().auth().oauth2(allowedToken())
                .get(collectionPath() + "?organization=" + organisation + "&size=10&page=1").then().statusCode(200)
                .body("items.id", is(ids.subList(10, 20))).body("total", is(25)).body("page", is(1))
                .body("size", is(10)).extract().headers().getValues("Link");
        assertThat(String.join(",", links)).containsPattern("organization=" + organisation + "[^>]*page=2[^>]*>; rel=\"next\"")
                .containsPattern("page=0[^>]*>; rel=\"prev\"").containsPattern("page=2[^>]*>; rel=\"last\"");
        given().auth().oauth2(allowedToken()).get(collectionPath() + "?organization=" + organisation + "&size=10&page=2")
                .then().body("items.id", is(ids.subList(20, 25)));
    }
}
