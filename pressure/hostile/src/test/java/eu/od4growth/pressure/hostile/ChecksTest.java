package eu.od4growth.pressure.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** What counts as a valid RFC 9457 problem body of the suite. */
class ChecksTest {

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void theSuitesProblemIsValid() throws Exception {
        assertNull(Checks.problemDefect(400, json("{\"type\":\"/problems/validation\",\"title\":\"Invalid request\","
                + "\"status\":400,\"detail\":\"1 invalid field\",\"instance\":\"/api/x\",\"requestId\":\"r\","
                + "\"violations\":[{\"field\":\"title\",\"message\":\"must not be blank\"}]}")));
    }

    @Test
    void defectsAreNamed() throws Exception {
        assertEquals("not a JSON object", Checks.problemDefect(400, json("[]")));
        assertEquals("no type", Checks.problemDefect(400, json("{\"title\":\"t\",\"status\":400}")));
        assertEquals("status 404 differs from 400",
                Checks.problemDefect(400, json("{\"type\":\"/p\",\"title\":\"t\",\"status\":404}")));
        assertEquals("a violation without field and message", Checks.problemDefect(400,
                json("{\"type\":\"/p\",\"title\":\"t\",\"status\":400,\"violations\":[{\"field\":\"x\"}]}")));
        assertEquals("not a JSON object", Checks.problemDefect(500, null));
    }
}
