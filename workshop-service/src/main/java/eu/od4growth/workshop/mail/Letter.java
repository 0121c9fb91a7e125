package eu.od4growth.workshop.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * What a mail says, before it is written in the participant's language: the session's times in its zone, where (an
 * address, or a join URL for confirmed participants), and the offer's deadline and links.
 */
public record Letter(MailKind kind, UUID registrationId, String to, String name, String language,
        Map<String, String> eventTitle, Instant startsAt, Instant endsAt, ZoneId zone, String address,
        String joinUrl, Long waitingPosition, Instant offerExpiresAt, String acceptUrl, String declineUrl) {
}
