package eu.od4growth.workshop.mail;

import java.util.Base64;

/**
 * A file sent with a mail, kept in the outbox as Base64: a calendar invitation, or an image shown inside the HTML
 * part ({@code inlineId}, referred to as {@code cid:inlineId}).
 */
public record Attachment(String name, String contentType, String base64, String inlineId) {

    public static Attachment file(String name, String contentType, byte[] content) {
        return new Attachment(name, contentType, Base64.getEncoder().encodeToString(content), null);
    }

    public static Attachment inline(String name, String contentType, byte[] content, String inlineId) {
        return new Attachment(name, contentType, Base64.getEncoder().encodeToString(content), inlineId);
    }

    public byte[] content() {
        return Base64.getDecoder().decode(base64);
    }
}
