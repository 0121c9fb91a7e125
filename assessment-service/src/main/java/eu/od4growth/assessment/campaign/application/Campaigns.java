package eu.od4growth.assessment.campaign.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.assessment.assessment.model.Assessment;
import eu.od4growth.assessment.assessment.model.AssessmentStatus;
import eu.od4growth.assessment.campaign.model.Campaign;
import eu.od4growth.assessment.campaign.model.CampaignAction;
import eu.od4growth.assessment.campaign.model.CampaignStatus;
import eu.od4growth.assessment.campaign.model.Invitation;
import eu.od4growth.assessment.questionnaire.PublishedModels;
import eu.od4growth.common.events.DomainEvents;
import eu.od4growth.common.events.EventType;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.workflow.OwnedRecords;
import io.quarkus.panache.common.Sort;

/**
 * The campaign use cases, each in one transaction. Coordinators manage their organisation's campaigns (common's
 * owned-record workflow), administrators all; an invited organisation sees a campaign once it is open.
 */
@ApplicationScoped
public class Campaigns {

    private final CampaignRepository repository;
    private final InvitationRepository invitations;
    private final CampaignAssessments assessments;
    private final PublishedModels models;
    private final Caller caller;
    private final Clock clock;
    private final DomainEvents events;

    Campaigns(CampaignRepository repository, InvitationRepository invitations, CampaignAssessments assessments,
            PublishedModels models, Caller caller, Clock clock, DomainEvents events) {
        this.repository = repository;
        this.invitations = invitations;
        this.assessments = assessments;
        this.models = models;
        this.caller = caller;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The owned-record workflow for this caller: what other organisations see of campaigns are those they are
     * invited to, once opened; the condition names the caller's organisation, so it is built per request.
     */
    private OwnedRecords<Campaign> records() {
        return new OwnedRecords<>(repository, caller, "Campaign", Caller.COORDINATOR, Filter.all()
                .and("status <> :draft and id in (select i.campaignId from Invitation i where i.organisation = :invitee)")
                .with("draft", CampaignStatus.DRAFT).with("invitee", caller.organisation().orElse("")));
    }

    @Transactional
    public <V> PageResponse<V> list(PageParams paging, CampaignStatus status, String organization, UUID model,
            Function<Campaign, V> view) {
        Filter filter = Filter.all().and("status = :status", "status", status)
                .and("ownerOrganisation = :organization", "organization", organization)
                .and("modelId = :model", "model", model);
        return records().page(paging, filter, Sort.descending("opensOn").and("id"), view);
    }

    /** A campaign the caller sees: its organisation's managers, administrators, invited organisations once open. */
    @Transactional
    public Campaign get(UUID id) {
        return visible(id);
    }

    @Transactional
    public Campaign create(UUID model, Campaign.Terms terms) {
        requirePublished(model);
        return records().create((owner, author) -> Campaign.draft(model, terms, owner, author));
    }

    @Transactional
    public Campaign revise(UUID id, String ifMatch, UUID model, Campaign.Terms terms) {
        OwnedRecords<Campaign> records = records();
        records.editable(id, ifMatch);
        requirePublished(model);
        return records.change(id, ifMatch, campaign -> campaign.revise(model, terms));
    }

    /** Opens or closes a campaign; a close records {@code campaign.closed} for the owner in the same transaction. */
    @Transactional
    public Campaign perform(UUID id, String ifMatch, CampaignAction action) {
        Campaign campaign = records().change(id, ifMatch, changed -> changed.perform(action));
        if (action == CampaignAction.CLOSE) {
            events.record(EventType.CAMPAIGN_CLOSED, campaign.ownerOrganisation(), campaign.id(),
                    "/api/campaigns/" + campaign.id());
        }
        return campaign;
    }

    /** Only a draft is deleted: an open campaign may hold assessments. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Campaign campaign = records().editable(id, ifMatch);
        if (campaign.status() != CampaignStatus.DRAFT) {
            throw ProblemException.conflict("Only a draft campaign is deleted; close this one instead");
        }
        repository.delete(campaign);
    }

    /**
     * The organisations invited: all of them for the campaign's managers; an invited organisation sees its own
     * invitation only (who else takes part is not its business).
     */
    @Transactional
    public List<Invitation> invitations(UUID id) {
        Campaign campaign = visible(id);
        List<Invitation> all = invitations.of(campaign.id());
        if (caller.manages(campaign.ownerOrganisation(), Caller.COORDINATOR)) {
            return all;
        }
        String own = caller.organisation().orElse("");
        return all.stream().filter(i -> i.organisation().equals(own)).toList();
    }

    /** Invites organisations (slugs); inviting one twice changes nothing. The campaign gets a new version. */
    @Transactional
    public Campaign invite(UUID id, String ifMatch, List<String> organisations) {
        return records().change(id, ifMatch, campaign -> {
            campaign.invitationsChanged();
            for (String organisation : new LinkedHashSet<>(organisations)) {
                if (!invitations.invited(id, organisation)) {
                    invitations.persist(new Invitation(id, organisation, caller.subject(), clock.instant()));
                }
            }
        });
    }

    /** Withdraws an invitation; an assessment already started within the campaign stays. */
    @Transactional
    public Campaign withdraw(UUID id, String ifMatch, String organisation) {
        return records().change(id, ifMatch, campaign -> {
            if (invitations.delete("campaignId = ?1 and organisation = ?2", id, organisation) == 0) {
                throw ProblemException.notFound("Invitation of", organisation + " to campaign " + id);
            }
            campaign.invitationsChanged();
        });
    }

    /** Invited, started and submitted, in total and per organisation: for the campaign's managers only. */
    @Transactional
    public Progress progress(UUID id) {
        Campaign campaign = managed(id);
        Map<String, Progress.Participant> byOrganisation = new TreeMap<>();
        Set<String> invited = new LinkedHashSet<>();
        for (Invitation invitation : invitations.of(campaign.id())) {
            invited.add(invitation.organisation());
            byOrganisation.put(invitation.organisation(), new Progress.Participant(invitation.organisation(), true,
                    Progress.Stage.INVITED, null, null, null));
        }
        int started = 0;
        int submitted = 0;
        for (Assessment assessment : assessments.of(campaign.id())) {
            boolean done = assessment.status() == AssessmentStatus.SUBMITTED;
            started++;
            submitted += done ? 1 : 0;
            byOrganisation.put(assessment.ownerOrganisation(), new Progress.Participant(assessment.ownerOrganisation(),
                    invited.contains(assessment.ownerOrganisation()),
                    done ? Progress.Stage.SUBMITTED : Progress.Stage.STARTED, assessment.id(),
                    assessment.createdAt(), assessment.submittedAt()));
        }
        return new Progress(campaign.id(), invited.size(), started, submitted, new ArrayList<>(byOrganisation.values()));
    }

    /** A campaign the caller manages (404 if not visible, 403 if only invited). */
    @Transactional
    public Campaign managed(UUID id) {
        Campaign campaign = visible(id);
        if (!caller.manages(campaign.ownerOrganisation(), Caller.COORDINATOR)) {
            throw ProblemException.forbidden("Only coordinators of " + campaign.ownerOrganisation()
                    + " and administrators follow this campaign");
        }
        return campaign;
    }

    /** Whether the caller's organisation is invited to the campaign. */
    boolean invited(Campaign campaign) {
        return caller.organisation().filter(own -> invitations.invited(campaign.id(), own)).isPresent();
    }

    Campaign visible(UUID id) {
        OwnedRecords<Campaign> records = records();
        return repository.findByIdOptional(id)
                .filter(c -> records.visibility().sees(false, c.ownerOrganisation())
                        || c.status() != CampaignStatus.DRAFT && invited(c))
                .orElseThrow(() -> ProblemException.notFound("Campaign", id));
    }

    private void requirePublished(UUID model) {
        if (models.find(model).isEmpty()) {
            new Violations().add("model", "no published model has the id " + model).throwIfAny();
        }
    }
}
