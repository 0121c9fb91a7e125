package eu.od4growth.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Every refusal of every write of a resource, checked the same way: anonymous 401, a wrong role 403, another
 * organisation 403 or 404, no {@code If-Match} 428, a stale one 412, malformed JSON and invalid bodies 400 with the
 * problem type and violations, and after all of them the record unchanged. A resource's test lists its writes.
 */
public abstract class WriteRefusalBehaviourTest extends ServiceBehaviourTest {

    private static final String PROBLEM = "application/problem+json";

    /** One write operation: on the collection ({@code suffix} null) or on a record ({@code ""}, {@code "/publish"}). */
    protected record Write(String method, String suffix, String body, String invalidBody, String... invalidFields) {

        /** The create: {@code POST} on the collection. */
        public static Write create(String body, String invalidBody, String... invalidFields) {
            return new Write("POST", null, body, invalidBody, invalidFields);
        }

        /** A change of a record with a body, e.g. {@code PUT ""}. */
        public static Write change(String method, String suffix, String body, String invalidBody,
                String... invalidFields) {
            return new Write(method, suffix, body, invalidBody, invalidFields);
        }

        /** An action without a body on a record, e.g. {@code POST "/publish"} or {@code DELETE ""}. */
        public static Write action(String method, String suffix) {
            return new Write(method, suffix, null, null);
        }

        boolean onRecord() {
            return suffix != null;
        }

        String describe() {
            return method + (suffix == null ? " collection" : " record" + suffix);
        }
    }

    /** The collection's path, e.g. {@code /api/events}. */
    protected abstract String collectionPath();

    /** The resource's writes. */
    protected abstract List<Write> writes();

    /** Creates a record that {@link #allowedToken()} may change and answers its URL. */
    protected abstract String createRecord();

    /** A token of the record's organisation with a role that may not write. */
    protected abstract String wrongRoleToken();

    /** A token with the managing role in another organisation. */
    protected abstract String otherOrganisationToken();

    @Override
    protected String protectedPath() {
        return collectionPath();
    }

    @TestFactory
    Stream<DynamicTest> everyWriteRefusesWhatItMust() {
        return writes().stream().map(write -> DynamicTest.dynamicTest(write.describe(), () -> refusals(write)));
    }

    private void refusals(Write write) {
        String record = write.onRecord() ? createRecord() : null;
        String path = record == null ? collectionPath() : record + write.suffix();
        // The read of a changeable record carries the ETag its changes need (a client changes right after a GET).
        String etag = record == null ? null
                : given().auth().oauth2(allowedToken()).get(record).then().statusCode(200)
                        .header("ETag", matchesPattern("(W/)?\"[^\"]+\"")).extract().header("ETag");

        send(given(), write, write.body(), etag, path).then().statusCode(401).contentType(PROBLEM)
                .body("type", is("/problems/unauthenticated"));
        send(given().auth().oauth2(wrongRoleToken()), write, write.body(), etag, path).then().statusCode(403)
                .contentType(PROBLEM).body("type", is("/problems/forbidden"));
        if (write.body() != null) {
            send(given().auth().oauth2(allowedToken()), write, "{\"broken\": ", etag, path).then().statusCode(400)
                    .contentType(PROBLEM).body("type", is("/problems/malformed-request"));
            send(given().auth().oauth2(allowedToken()), write, write.invalidBody(), etag, path).then()
                    .statusCode(400).contentType(PROBLEM).body("type", is("/problems/validation"))
                    .body("violations.field", hasItems(write.invalidFields()));
        }
        if (record != null) {
            send(given().auth().oauth2(otherOrganisationToken()), write, write.body(), etag, path).then()
                    .statusCode(anyOf(is(403), is(404))).contentType(PROBLEM)
                    .body("type", anyOf(is("/problems/forbidden"), is("/problems/not-found")));
            send(given().auth().oauth2(allowedToken()), write, write.body(), null, path).then().statusCode(428)
                    .contentType(PROBLEM).body("type", is("/problems/precondition-required"));
            send(given().auth().oauth2(allowedToken()), write, write.body(), "\"999\"", path).then().statusCode(412)
                    .contentType(PROBLEM).body("type", is("/problems/precondition-failed"));
            // Nothing refused above may have changed the record.
            given().auth().oauth2(allowedToken()).get(record).then().statusCode(200).header("ETag", is(etag));
        }
    }

    private static Response send(RequestSpecification request, Write write, String body, String etag, String path) {
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.request(write.method(), path);
    }

    /** Helper for subclasses: a list of writes. */
    protected static List<Write> writes(Write... writes) {
        return new ArrayList<>(List.of(writes));
    }
}
