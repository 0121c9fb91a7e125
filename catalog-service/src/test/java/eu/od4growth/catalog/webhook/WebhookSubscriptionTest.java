package eu.od4growth.catalog.webhook;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Webhook subscriptions: an organisation's coordinators and administrators manage them, nobody else sees them; the
 * secret is shown once; event types and target URLs are checked. Not a WriteRefusalBehaviourTest: the collection is
 * for its organisation's coordinators only (like the publication plan), so the shared anonymous checks do not apply;
 * the refusals are checked here. Public targets are IP literals of a documentation range (TEST-NET-3): the check
 * resolves names, and the build machine may have no DNS.
 */
@QuarkusTest
@ServiceTest
class WebhookSubscriptionTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ADMIN = Tokens.of("admin", "grand-est", "admin");

    private final String organisation = "hook-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");
    private final String otherCoordinator = Tokens.of("coordinator-x", "other-" + organisation, "coordinator");

    @BeforeEach
    void publicTargetsOnly() {
        SwitchableTargetUrls.allowPrivate = false;
    }

    @Test
    void theSecretIsShownOnceAndRotatedOnce() {
        String url = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(body("https://203.0.113.10/hooks", "\"dataset.published\", \"event.published\"")).post("/api/webhooks")
                .then().statusCode(201).header("ETag", is("\"0\"")).body("organization", is(organisation))
                .body("enabled", is(true)).body("eventTypes", is(java.util.List.of("dataset.published", "event.published")))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}=")).extract().header("Location");
        String id = url.substring(url.lastIndexOf('/') + 1);
        given().auth().oauth2(coordinator).get(url).then().statusCode(200).body("secret", nullValue())
                .body("url", is("https://203.0.113.10/hooks"));
        given().auth().oauth2(coordinator).get("/api/webhooks?organization=" + organisation).then().statusCode(200)
                .body("total", is(1)).body("items.id", hasItem(id)).body("items[0].secret", nullValue());

        given().auth().oauth2(coordinator).post(url + "/rotate-secret").then().statusCode(428);
        String etag = given().auth().oauth2(coordinator).header("If-Match", "\"0\"").post(url + "/rotate-secret")
                .then().statusCode(200).body("secret", matchesPattern("whsec_.+"))
                .body("previousSecretValidUntil", notNullValue()).extract().header("ETag");
        given().auth().oauth2(coordinator).get(url).then().body("secret", nullValue());

        etag = given().auth().oauth2(coordinator).header("If-Match", etag).post(url + "/disable").then()
                .statusCode(200).body("enabled", is(false)).extract().header("ETag");
        given().auth().oauth2(coordinator).get("/api/webhooks?organization=" + organisation + "&enabled=true").then()
                .body("total", is(0));
        etag = given().auth().oauth2(coordinator).header("If-Match", etag).post(url + "/enable").then()
                .statusCode(200).body("enabled", is(true)).extract().header("ETag");
        etag = given().auth().oauth2(coordinator).header("If-Match", etag).contentType(ContentType.JSON)
                .body(body("https://203.0.113.10/v2", "\"dataset.archived\"")).put(url).then().statusCode(200)
                .body("url", is("https://203.0.113.10/v2")).body("eventTypes[0]", is("dataset.archived"))
                .body("secret", nullValue()).extract().header("ETag");
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").delete(url).then().statusCode(412);
        given().auth().oauth2(coordinator).header("If-Match", etag).delete(url).then().statusCode(204);
        given().auth().oauth2(coordinator).get(url).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void subscriptionsAreTheirOrganisationsOnly() {
        String url = create(coordinator, "https://203.0.113.10/hooks");
        // Another organisation's coordinator neither sees nor changes it; a publisher of the same one neither.
        given().auth().oauth2(otherCoordinator).get(url).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(otherCoordinator).get("/api/webhooks?organization=" + organisation).then()
                .statusCode(200).body("total", is(0));
        given().auth().oauth2(otherCoordinator).header("If-Match", "\"0\"").post(url + "/disable").then()
                .statusCode(org.hamcrest.Matchers.anyOf(is(403), is(404))).contentType(PROBLEM);
        given().auth().oauth2(otherCoordinator).header("If-Match", "\"0\"").delete(url).then()
                .statusCode(org.hamcrest.Matchers.anyOf(is(403), is(404)));
        given().auth().oauth2(otherCoordinator).get(url + "/deliveries").then().statusCode(404);
        String publisher = Tokens.of("publisher-" + organisation, organisation, "publisher");
        given().auth().oauth2(publisher).get(url).then().statusCode(403).contentType(PROBLEM)
                .body("type", is("/problems/forbidden"));
        given().auth().oauth2(publisher).contentType(ContentType.JSON)
                .body(body("https://203.0.113.10/hooks", "\"dataset.published\"")).post("/api/webhooks").then()
                .statusCode(403);
        given().get("/api/webhooks").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(coordinator).get("/api/webhooks/not-a-uuid").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(coordinator).accept("text/html").get("/api/webhooks").then().statusCode(406)
                .contentType(PROBLEM);
        given().auth().oauth2(coordinator).contentType(ContentType.TEXT).body("{}").post("/api/webhooks").then()
                .statusCode(415).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(body("https://203.0.113.10/hooks", "\"dataset.published\""))
                .post("/api/webhooks").then().statusCode(401);
        // A coordinator subscribes for their own organisation only; an administrator for any.
        given().auth().oauth2(otherCoordinator).contentType(ContentType.JSON)
                .body(body("https://203.0.113.10/hooks", "\"dataset.published\"", organisation)).post("/api/webhooks")
                .then().statusCode(403).contentType(PROBLEM);
        String byAdmin = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(body("https://203.0.113.10/admin", "\"campaign.closed\"", organisation)).post("/api/webhooks")
                .then().statusCode(201).body("organization", is(organisation)).extract().header("Location");
        given().auth().oauth2(ADMIN).get(url).then().statusCode(200);
        given().auth().oauth2(coordinator).get(byAdmin).then().statusCode(200).body("eventTypes[0]", is("campaign.closed"));
        given().auth().oauth2(coordinator).get("/api/webhooks").then().body("items.organization",
                not(hasItem("other-" + organisation)));
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").post(byAdmin + "/disable").then().statusCode(200);
    }

    @Test
    void eventTypesAndTargetsAreChecked() {
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"url\": \"https://203.0.113.10/hooks\", \"eventTypes\": []}").post("/api/webhooks").then()
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("eventTypes"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(body("https://203.0.113.10/hooks", "\"dataset.published\", \"dataset.deleted\""))
                .post("/api/webhooks").then().statusCode(400).body("violations.field", hasItem("eventTypes[1]"));
        for (String target : new String[] { "http://127.0.0.1:8082/api/datasets", "http://localhost/hook",
                "http://10.1.2.3/hook", "http://192.168.0.10/hook", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook", "ftp://example.org/hook", "file:///etc/passwd", "not a url" }) {
            given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(body(target, "\"dataset.published\""))
                    .post("/api/webhooks").then().statusCode(400).contentType(PROBLEM)
                    .body("type", is("/problems/validation")).body("violations.field", hasItem("url"));
        }
        String url = create(coordinator, "https://203.0.113.10/hooks");
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body("http://127.0.0.1/hook", "\"dataset.published\"")).put(url).then().statusCode(400)
                .body("violations.field", hasItem("url"));
        given().auth().oauth2(coordinator).get(url).then().header("ETag", is("\"0\""));
        // Allowed when the installation allows private targets (the local run).
        SwitchableTargetUrls.allowPrivate = true;
        create(coordinator, "http://127.0.0.1:9/hook");
    }

    private String create(String token, String target) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body(target, "\"dataset.published\""))
                .post("/api/webhooks").then().statusCode(201).extract().header("Location");
    }

    static String body(String url, String types) {
        return "{\"url\": \"" + url + "\", \"eventTypes\": [" + types + "], \"description\": \"CRM\"}";
    }

    static String body(String url, String types, String organization) {
        return "{\"url\": \"" + url + "\", \"eventTypes\": [" + types + "], \"organization\": \"" + organization + "\"}";
    }
}
