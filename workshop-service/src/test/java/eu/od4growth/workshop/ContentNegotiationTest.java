package eu.od4growth.workshop;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Common's guards hold for operations that declare no media type: an unreadable Accept header is a 406 problem (was a
 * 500), a list asked for as HTML is a 406 problem (was the page's toString() served as text/html), an empty Accept
 * means any type, types a service writes itself still negotiate, and an unreachable page is a 400 naming it (was a
 * 500: page × size overflowed). Found by the hostile-input sweep (docs/pressure/hostile.md, bugs 1–3).
 */
@QuarkusTest
@ServiceTest
class ContentNegotiationTest {

    @Test
    void anUnreadableAcceptHeaderIsA406Problem() {
        given().header("Accept", "garbage").when().get("/api/events")
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-acceptable"));
    }

    @Test
    void aListAskedForAsHtmlIsA406ProblemNotItsJavaText() {
        given().header("Accept", "text/html").when().get("/api/events")
                .then().statusCode(406).contentType("application/problem+json")
                .body(not(containsString("PageResponse[")));
    }

    @Test
    void anEmptyAcceptMeansAnyTypeAndTheListIsJson() {
        given().header("Accept", "").when().get("/api/events")
                .then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void aCalendarIsStillServedAsACalendar() {
        given().header("Accept", "text/calendar").when().get("/api/events/calendar.ics")
                .then().statusCode(200).contentType(startsWith("text/calendar"));
    }

    @Test
    void anUnreachablePageIsA400NamingPage() {
        given().when().get("/api/events?page=2147483647")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("page"));
    }
}
