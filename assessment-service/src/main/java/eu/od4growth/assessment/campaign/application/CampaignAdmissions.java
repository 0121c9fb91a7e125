package eu.od4growth.assessment.campaign.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.assessment.assessment.application.CampaignAdmission;
import eu.od4growth.assessment.campaign.model.Campaign;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.Violations;

/** The campaign's rules for starting an assessment within it: invited, open, in its period, its model. */
@ApplicationScoped
class CampaignAdmissions implements CampaignAdmission {

    private final CampaignRepository repository;
    private final InvitationRepository invitations;
    private final Clock clock;

    CampaignAdmissions(CampaignRepository repository, InvitationRepository invitations, Clock clock) {
        this.repository = repository;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Override
    public void admit(UUID id, UUID model, String organisation) {
        Campaign campaign = repository.findByIdOptional(id).orElse(null);
        if (campaign == null) {
            new Violations().add("campaign", "no campaign has the id " + id).throwIfAny();
        }
        if (!invitations.invited(id, organisation)) {
            throw ProblemException.forbidden(organisation + " is not invited to campaign " + id);
        }
        campaign.requireAccepting(LocalDate.now(clock));
        if (!campaign.modelId().equals(model)) {
            new Violations().add("model", "must be the campaign's model, " + campaign.modelId()).throwIfAny();
        }
    }
}
