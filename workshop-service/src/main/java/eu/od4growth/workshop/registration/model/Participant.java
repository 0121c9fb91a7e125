package eu.od4growth.workshop.registration.model;

/**
 * Who registers: {@code key} identifies them across registrations (the token's subject, or {@code mailto:} and the
 * address for someone an organiser registers), with where to write to them and in which language.
 */
public record Participant(String key, String name, String email, String language, String organisation) {

    /** The key of someone without an account of ours, registered by an organiser. */
    public static String keyOfEmail(String email) {
        return "mailto:" + email.toLowerCase(java.util.Locale.ROOT);
    }
}
