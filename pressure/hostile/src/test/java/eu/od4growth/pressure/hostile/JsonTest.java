package eu.od4growth.pressure.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

/** The hand-written JSON: hostile characters reach the wire as the escapes a client would send, valid text unchanged. */
class JsonTest {

    @Test
    void loneSurrogatesAndNulAreWrittenAsEscapes() {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("a", "x\ud800y").put("b", "\u0000").put("c", "\udfff");
        assertEquals("{\"a\":\"x\\ud800y\",\"b\":\"\\u0000\",\"c\":\"\\udfff\"}", Json.write(body));
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertEquals("\"\\\"\\\\\\u000a\\u007f\"", Json.quote("\"\\\n\u007f"));
    }

    @Test
    void anyTextWithoutLoneSurrogatesReadsBackTheSame() throws Exception {
        java.util.Random random = new java.util.Random(20261128);
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(50); n > 0; n--) {
                text.append((char) random.nextInt(0xd800));
            }
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("t", text.toString());
            assertEquals(text.toString(), Json.MAPPER.readTree(Json.write(body)).get("t").asText());
        }
    }
}
