package eu.od4growth.workshop.registration.model;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code a participant shows at the door: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * written {@code ABCD-EFGH}; read back in any case, with or without the dash or spaces.
 */
public final class CheckInCode {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 8;

    private CheckInCode() {
    }

    /** A new random code (about 40 bits), as stored. */
    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as people write it, in its stored form: upper case, without dashes or spaces; null if it cannot be one. */
    public static String normalise(String written) {
        if (written == null) {
            return null;
        }
        String code = written.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(Character::isLetterOrDigit) ? code : null;
    }

    /** The stored code as shown to people: {@code ABCD-EFGH}. */
    public static String shown(String stored) {
        return stored == null || stored.length() != LENGTH ? stored : stored.substring(0, 4) + "-" + stored.substring(4);
    }
}
