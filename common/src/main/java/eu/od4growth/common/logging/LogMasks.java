package eu.od4growth.common.logging;

import java.util.regex.Pattern;

/**
 * Masks personal data and secrets in what is about to be logged. In text, such as an SMTP server's answer
 * ({@code 550 5.1.1 <jane@example.org>: Recipient address rejected}), what looks like an e-mail address: anything with
 * an {@code @} (or {@code %40}) between two runs of address characters is replaced whole, domain included (a personal
 * domain names its owner), by {@value #MASK}. In a request path, a segment that holds an address (a person's subject
 * may be one) or looks like a secret token (a link sent by e-mail: 40 characters or more mixing upper case and digits,
 * which no slug, id or UUID of the suite does) is replaced by {@value #SEGMENT_MASK}. The log is read by operators and
 * kept longer than personal data may be, so it must never name a person nor open their links.
 */
public final class LogMasks {

    /** What replaces an address. */
    public static final String MASK = "{e-mail}";
    /** What replaces a path segment holding an address or a secret. */
    public static final String SEGMENT_MASK = "{masked}";
    private static final int SECRET_LENGTH = 40;

    /** A quoted or plain local part, '@' or its URL encoding, a domain or an address literal; separators end both. */
    private static final Pattern EMAIL = Pattern
            .compile("(?:\"[^\"\\r\\n]*\"|[^\\s<>()\\[\\]{},;:=/\"'@]+)(?:@|%40)"
                    + "(?:\\[[^\\]\\s]*\\]|[^\\s<>()\\[\\]{},;:=/\"'@]+)");

    private LogMasks() {
    }

    /** The text with every e-mail address replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public static String maskEmails(String text) {
        if (text == null || (text.indexOf('@') < 0 && !text.contains("%40"))) {
            return text;
        }
        return EMAIL.matcher(text).replaceAll(MASK);
    }

    /** The path with every segment holding an e-mail address or a secret token replaced by {@value #SEGMENT_MASK}. */
    public static String path(String path) {
        if (path == null) {
            return null;
        }
        String[] segments = path.split("/", -1);
        boolean masked = false;
        for (int i = 0; i < segments.length; i++) {
            if (personalOrSecret(segments[i])) {
                segments[i] = SEGMENT_MASK;
                masked = true;
            }
        }
        return masked ? String.join("/", segments) : path;
    }

    private static boolean personalOrSecret(String segment) {
        if (segment.indexOf('@') >= 0 || segment.contains("%40")) {
            return true;
        }
        if (segment.length() < SECRET_LENGTH) {
            return false;
        }
        boolean upper = false;
        boolean digit = false;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            digit |= c >= '0' && c <= '9';
        }
        return upper && digit;
    }
}
