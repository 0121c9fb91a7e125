package eu.od4growth.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The behaviour every OD4G service shares, whatever its domain: problem responses, correlation ids, token checks,
 * health and the published contract. Each service's test extends it and names one of its protected operations.
 */
public abstract class ServiceBehaviourTest {

    private static final String PROBLEM = "application/problem+json";

    /** Path of a POST that needs a token and a role. */
    protected abstract String protectedPath();

    /** A user, organisation and role allowed to call {@link #protectedPath()}. */
    protected abstract String allowedToken();

    /** A valid body for a POST on {@link #protectedPath()} that carries {@code text} in one string field. */
    protected abstract String bodyWithText(String text);

    /** The field of {@link #bodyWithText} that carries the text, as a violation names it (e.g. {@code title.fr}). */
    protected abstract String textField();

    @Test
    public void unknownPathIsAProblem404() {
        given().get("/api/nothing-here").then().statusCode(404).contentType(PROBLEM)
                .body("type", is("/problems/not-found")).body("instance", is("/api/nothing-here"));
        given().get("/nothing-at-all").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    public void missingTokenIsAProblem401WithChallenge() {
        given().contentType(ContentType.JSON).body("{}").post(protectedPath()).then().statusCode(401)
                .contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", is("/problems/unauthenticated"));
    }

    @Test
    public void forgedExpiredOrForeignTokensAreRefused() {
        for (String token : new String[] { Tokens.forged("mallory", "grand-est", "admin"),
                Tokens.expired("alice", "grand-est", "admin"), Tokens.otherAudience("alice", "grand-est", "admin") }) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").post(protectedPath()).then()
                    .statusCode(401).contentType(PROBLEM);
        }
    }

    @Test
    public void wrongRoleIsAProblem403() {
        given().auth().oauth2(Tokens.of("nobody", "grand-est")).contentType(ContentType.JSON).body("{}")
                .post(protectedPath()).then().statusCode(403).contentType(PROBLEM)
                .body("type", is("/problems/forbidden"));
    }

    @Test
    public void malformedJsonIsAProblem400() {
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON).body("{\"broken\": ")
                .post(protectedPath()).then().statusCode(400).contentType(PROBLEM)
                .body("type", is("/problems/malformed-request"));
    }

    @Test
    public void emptyBodyIsAValidationProblem() {
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON).post(protectedPath()).then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    public void unsupportedMediaTypeIsAProblem415() {
        given().auth().oauth2(allowedToken()).contentType(ContentType.XML).body("<a/>").post(protectedPath()).then()
                .statusCode(415).contentType(PROBLEM).body("type", is("/problems/unsupported-media-type"));
    }

    @Test
    public void unsupportedMethodIsAProblem405() {
        given().auth().oauth2(allowedToken()).patch(protectedPath()).then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    public void correlationIdIsKeptOrMade() {
        given().header("X-Request-Id", "portal-42").get("/api/nothing-here").then()
                .header("X-Request-Id", "portal-42").body("requestId", is("portal-42"));
        given().get("/api/nothing-here").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        // An id that could inject into logs or headers is replaced.
        given().header("X-Request-Id", "bad id\tinjected").get("/api/nothing-here").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    public void unexpectedFailureIsAProblem500WithoutInternals() {
        given().get("/test-faults").then().statusCode(500).contentType(PROBLEM)
                .body("type", is("/problems/internal"))
                .body(not(containsString(FaultResource.SECRET)))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    public void anEndpointThatForgetsItsSecurityIsClosed() {
        given().get("/test-faults/unannotated").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(allowedToken()).get("/test-faults/unannotated").then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    public void unreadableQueryParameterIsAProblem400() {
        given().get(protectedPath() + "?page=first").then().statusCode(400).contentType(PROBLEM)
                .body("type", is("/problems/malformed-request")).body("detail", containsString("first"));
    }

    @Test
    public void nulInAPathIsAValidationProblem() {
        given().urlEncodingEnabled(false).get(protectedPath() + "/a%00b").then().statusCode(400).contentType(PROBLEM)
                .body("type", is("/problems/validation")).body("violations[0].field", is("path"));
    }

    @Test
    public void nulInAQueryParameterIsAValidationProblem() {
        given().urlEncodingEnabled(false).get(protectedPath() + "?page=0&organization=ab%00c").then().statusCode(400)
                .contentType(PROBLEM).body("type", is("/problems/validation"))
                .body("violations[0].field", is("organization"));
    }

    @Test
    public void nulInABodyStringIsAValidationProblemNamingTheField() {
        given().auth().oauth2(allowedToken()).contentType(ContentType.JSON).body(bodyWithText("bad\\u0000text"))
                .post(protectedPath()).then().statusCode(400).contentType(PROBLEM)
                .body("type", is("/problems/validation")).body("violations[0].field", is(textField()))
                .body("violations[0].message", containsString("U+0000"));
    }

    @Test
    public void anOverLongRequestLineIsAProblem414() {
        given().urlEncodingEnabled(false).get(protectedPath() + "?q=" + "x".repeat(20_000)).then().statusCode(414)
                .contentType(PROBLEM).body("type", is("/problems/uri-too-long"));
    }

    @Test
    public void overLargeHeadersAreAProblem431() {
        given().header("X-Padding", "x".repeat(20_000)).get(protectedPath()).then().statusCode(431)
                .contentType(PROBLEM).body("type", is("/problems/headers-too-large"));
    }

    @Test
    public void anIntegrityViolationIsA500LoggedAtErrorNotAConflict() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("eu.od4growth.common.problem.ProblemMapping");
        logger.addHandler(capture);
        try {
            given().get("/test-faults/not-null").then().statusCode(500).contentType(PROBLEM)
                    .body("type", is("/problems/internal")).body(not(containsString("fault_probe")));
        } finally {
            logger.removeHandler(capture);
        }
        assertThat(records).anySatisfy(record -> {
            assertThat(record.getLevel().intValue()).isGreaterThanOrEqualTo(Level.SEVERE.intValue());
            assertThat(record.getThrown()).hasStackTraceContaining("not-null");
        });
    }

    @Test
    public void metricsArePublishedForPrometheus() {
        given().get("/api/nothing-here").then().statusCode(404);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("http_server_requests_seconds_count").contains("jvm_memory_used_bytes")
                .contains("agroal_");
    }

    @Test
    public void healthIsUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    public void contractIsPublishedWithProblemSchemaAndOidcSecurity() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.Problem", notNullValue())
                .body("components.securitySchemes.oidc.type", is("openIdConnect"))
                .body("paths.keySet()", hasItem(startsWith("/api/")));
    }
}
