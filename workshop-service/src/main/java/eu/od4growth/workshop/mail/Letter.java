package eu.od4growth.workshop.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a mail says, before it is written in the participant's language: the session's times in its zone, where (an
 * address, or a join URL for confirmed participants), the offer's deadline and links, the check-in code (whose QR
 * code is the inline attachment {@link #QR_CODE_ID}) and the files attached.
 */
public record Letter(MailKind kind, UUID registrationId, String to, String name, String language,
        Map<String, String> eventTitle, Instant startsAt, Instant endsAt, ZoneId zone, String address,
        String joinUrl, Long waitingPosition, Instant offerExpiresAt, String acceptUrl, String declineUrl,
        String checkInCode, List<Attachment> attachments) {

    /** Content id of the inline QR code image of the check-in code. */
    public static final String QR_CODE_ID = "check-in-qr@od4g";
}
