package eu.od4growth.workshop.registration.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.ProblemType;
import eu.od4growth.workshop.config.WorkshopConfig;

/**
 * The accept and decline links of an offer, which work without signing in: an HMAC-SHA256 signature over the
 * registration, the answer and the offer's deadline. A link is single-use because it only applies while that very
 * offer is pending; once answered, expired or replaced, it is refused.
 */
@ApplicationScoped
public class OfferLinks {

    private static final Logger LOG = Logger.getLogger(OfferLinks.class);
    private static final String ALGORITHM = "HmacSHA256";
    static final String PATH = "/api/registrations/offer-links/";

    private final SecretKeySpec key;
    private final String publicUrl;

    OfferLinks(WorkshopConfig config) {
        if (config.linkSecret().length() < 32) {
            throw new IllegalStateException("od4g.workshop.link-secret must have at least 32 characters");
        }
        if (config.linkSecret().startsWith("local-run-only")) {
            LOG.warn("Offer links are signed with the local run's default secret; set od4g.workshop.link-secret in production");
        }
        this.key = new SecretKeySpec(config.linkSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
    }

    /** How the participant answers an offer. */
    public enum Answer {
        ACCEPT,
        DECLINE
    }

    /** What a valid link says. */
    public record Claim(UUID registration, Answer answer, long offerExpiresAt) {

        /** Whether the link belongs to the offer that expires at {@code deadline}. */
        public boolean isFor(Instant deadline) {
            return deadline != null && deadline.getEpochSecond() == offerExpiresAt;
        }
    }

    String url(UUID registration, Answer answer, Instant offerExpiresAt) {
        String payload = registration + "." + answer.name().toLowerCase(Locale.ROOT) + "." + offerExpiresAt.getEpochSecond();
        return publicUrl + PATH + payload + "." + sign(payload);
    }

    /** The claim of a genuine link; anything else is a 404, so links cannot be guessed or altered. */
    public Claim verify(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length == 4) {
            String payload = parts[0] + "." + parts[1] + "." + parts[2];
            if (MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                    parts[3].getBytes(StandardCharsets.US_ASCII))) {
                try {
                    return new Claim(UUID.fromString(parts[0]), Answer.valueOf(parts[1].toUpperCase(Locale.ROOT)),
                            Long.parseLong(parts[2]));
                } catch (IllegalArgumentException e) {
                    // a signed but unreadable link cannot exist; refused below all the same
                }
            }
        }
        throw new ProblemException(ProblemType.NOT_FOUND, "This link is not valid");
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign offer links", e);
        }
    }
}
