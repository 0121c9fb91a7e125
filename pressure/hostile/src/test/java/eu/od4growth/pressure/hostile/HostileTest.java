package eu.od4growth.pressure.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Percent-encoding of hostile path and query values: every byte encoded, lone surrogates as their raw bytes. */
class HostileTest {

    @Test
    void loneSurrogateBecomesItsThreeRawBytes() {
        assertEquals("%ED%A0%80", Hostile.encode("\ud800"));
    }

    @Test
    void pairsAndSpacesAreEncodedAsUtf8() {
        assertEquals("a%20%F0%9F%98%80", Hostile.encode("a \ud83d\ude00"));
    }

    @Test
    void encodedHostileValuesAreSafeInAUri() {
        java.util.Random random = new java.util.Random(20261128);
        for (int i = 0; i < 500; i++) {
            String encoded = Hostile.encode(Hostile.anyHostileString(random));
            assertTrue(encoded.matches("[A-Za-z0-9._%-]*"), encoded);
            java.net.URI.create("http://127.0.0.1/x?q=" + encoded);
        }
    }

    @Test
    void theSameSeedDrawsTheSameValues() {
        java.util.Random a = new java.util.Random(7);
        java.util.Random b = new java.util.Random(7);
        for (int i = 0; i < 100; i++) {
            assertEquals(Hostile.anyHostileString(a), Hostile.anyHostileString(b));
            assertEquals(Hostile.pathGarbage(a), Hostile.pathGarbage(b));
        }
    }
}
