package eu.od4growth.assessment.campaign.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An organisation invited to a campaign: it sees the campaign once open and may start one assessment within it. */
@Entity
@Table(name = "campaign_invitation")
@IdClass(Invitation.Key.class)
public class Invitation {

    @Id
    @Column(name = "campaign_id")
    private UUID campaignId;
    @Id
    private String organisation;
    @Column(name = "invited_by")
    private String invitedBy;
    @Column(name = "invited_at")
    private Instant invitedAt;

    protected Invitation() {
        // for Hibernate
    }

    public Invitation(UUID campaignId, String organisation, String invitedBy, Instant invitedAt) {
        this.campaignId = campaignId;
        this.organisation = organisation;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public String organisation() {
        return organisation;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    /** The composite key: one invitation per campaign and organisation. */
    public static class Key implements Serializable {

        private UUID campaignId;
        private String organisation;

        public Key() {
            // for Hibernate
        }

        public Key(UUID campaignId, String organisation) {
            this.campaignId = campaignId;
            this.organisation = organisation;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(campaignId, key.campaignId)
                    && java.util.Objects.equals(organisation, key.organisation);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(campaignId, organisation);
        }
    }
}
