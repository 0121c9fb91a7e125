package eu.od4growth.assessment.campaign.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.assessment.campaign.model.Invitation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The organisations invited to campaigns. */
@ApplicationScoped
class InvitationRepository implements PanacheRepositoryBase<Invitation, Invitation.Key> {

    List<Invitation> of(UUID campaign) {
        return list("campaignId", Sort.by("organisation"), campaign);
    }

    boolean invited(UUID campaign, String organisation) {
        return count("campaignId = ?1 and organisation = ?2", campaign, organisation) > 0;
    }
}
