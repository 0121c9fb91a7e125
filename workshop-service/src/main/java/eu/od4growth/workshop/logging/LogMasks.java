package eu.od4growth.workshop.logging;

import java.util.regex.Pattern;

/**
 * Masks what looks like an e-mail address in text that is about to be logged, such as an SMTP server's answer
 * ({@code 550 5.1.1 <jane@example.org>: Recipient address rejected}): the log is read by operators and kept longer
 * than the personal data retention allows, so it must never name a participant. Anything with an {@code @} (or
 * {@code %40}) between two runs of address characters is replaced whole, domain included (a personal domain names
 * its owner), by {@value #MASK}.
 */
public final class LogMasks {

    /** What replaces an address. */
    public static final String MASK = "{e-mail}";

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
}
