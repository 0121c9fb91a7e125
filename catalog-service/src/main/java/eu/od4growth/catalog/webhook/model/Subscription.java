package eu.od4growth.catalog.webhook.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.od4growth.common.persistence.OwnedRecord;

/**
 * An organisation's webhook subscription: a URL that receives the events of the chosen types about the organisation's
 * resources, signed with the subscription's secret. Never public: only the organisation's coordinators and
 * administrators see it. A rotated secret stays valid (its signature is sent too) until {@code previousSecretUntil}.
 */
@Entity
@Table(name = "webhook_subscription")
public class Subscription extends OwnedRecord {

    private String url;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types")
    private List<String> eventTypes;
    private String description;
    private boolean enabled;
    private String secret;
    @Column(name = "previous_secret")
    private String previousSecret;
    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    protected Subscription() {
        // for Hibernate
    }

    public Subscription(String owner, String author, String url, List<String> eventTypes, String description) {
        super(owner, author);
        revise(url, eventTypes, description);
        this.enabled = true;
        this.secret = SigningSecret.generate();
    }

    /** Changes what the subscription receives and where. */
    public void revise(String url, List<String> eventTypes, String description) {
        this.url = url.strip();
        this.eventTypes = new ArrayList<>(eventTypes.stream().distinct().sorted().toList());
        this.description = description == null || description.isBlank() ? null : description.strip();
        touch();
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
        touch();
    }

    /** A new secret; the old one keeps signing until {@code overlapUntil} so receivers can switch without a gap. */
    public String rotateSecret(Instant overlapUntil) {
        previousSecret = secret;
        previousSecretUntil = overlapUntil;
        secret = SigningSecret.generate();
        touch();
        return secret;
    }

    /** The secrets that sign a message sent at {@code now}: the current one, and the previous one while it overlaps. */
    public List<String> signingSecrets(Instant now) {
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            return List.of(secret, previousSecret);
        }
        return List.of(secret);
    }

    /** Whether an event of {@code type} about {@code organisation} goes to this subscription. */
    public boolean wants(String type, String organisation) {
        return enabled && ownerOrganisation().equals(organisation) && eventTypes.contains(type);
    }

    @Override
    public boolean isPublic() {
        return false;
    }

    public String url() {
        return url;
    }

    public List<String> eventTypes() {
        return List.copyOf(eventTypes);
    }

    public String description() {
        return description;
    }

    public boolean enabled() {
        return enabled;
    }

    public String secret() {
        return secret;
    }

    public Instant previousSecretUntil() {
        return previousSecretUntil;
    }
}
