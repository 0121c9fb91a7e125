package eu.od4growth.assessment.campaign.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.od4growth.assessment.assessment.model.OrganisationType;
import eu.od4growth.common.persistence.OwnedRecord;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.workflow.StateMachine;

/**
 * A coordinator's diagnostic round: one published model, a period, a target population. It is prepared as a draft,
 * opened (invited organisations then see it and start assessments within it while the period runs) and closed for
 * good. Never public: its organisation's coordinators, administrators and, once open, the invited organisations see it.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends OwnedRecord {

    public static final StateMachine<CampaignStatus, CampaignAction> LIFECYCLE = StateMachine
            .of("campaign", CampaignStatus.DRAFT, CampaignAction.class)
            .on(CampaignAction.OPEN, CampaignStatus.DRAFT, CampaignStatus.OPEN)
            .on(CampaignAction.CLOSE, CampaignStatus.OPEN, CampaignStatus.CLOSED)
            .build();

    @Column(name = "model_id")
    private UUID modelId;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> title;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> description;
    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "closes_on")
    private LocalDate closesOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "target_types")
    private List<OrganisationType> targetTypes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "target_regions")
    private List<String> targetRegions;
    @Enumerated(EnumType.STRING)
    private CampaignStatus status;

    protected Campaign() {
        // for Hibernate
    }

    private Campaign(String owner, String author) {
        super(owner, author);
        status = LIFECYCLE.initial();
    }

    /** A new campaign is always a draft. */
    public static Campaign draft(UUID modelId, Terms terms, String owner, String author) {
        Campaign campaign = new Campaign(owner, author);
        campaign.modelId = modelId;
        campaign.apply(terms);
        return campaign;
    }

    /** Changes the terms of a draft or open campaign; its model changes only while it is a draft. */
    public void revise(UUID newModel, Terms terms) {
        if (status == CampaignStatus.CLOSED) {
            throw ProblemException.conflict("This campaign is closed: it cannot change any more");
        }
        if (!modelId.equals(newModel)) {
            if (status != CampaignStatus.DRAFT) {
                throw ProblemException.conflict("The model of an open campaign cannot change (it is " + modelId + ")");
            }
            modelId = newModel;
        }
        apply(terms);
    }

    public void perform(CampaignAction action) {
        status = LIFECYCLE.next(status, action);
        touch();
    }

    /**
     * Invitations change while the campaign is prepared or open, never once it is closed; they are part of the
     * campaign, so a change gives it a new version.
     */
    public void invitationsChanged() {
        if (status == CampaignStatus.CLOSED) {
            throw ProblemException.conflict("This campaign is closed: its invitations cannot change any more");
        }
        touch();
    }

    /** An assessment starts within the campaign only while it is open and {@code today} is in its period. */
    public void requireAccepting(LocalDate today) {
        if (status != CampaignStatus.OPEN) {
            throw ProblemException.conflict("Campaign " + id() + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + ": assessments start only within an open campaign");
        }
        if (!period().contains(today)) {
            throw ProblemException.conflict("Campaign " + id() + " accepts assessments from " + opensOn + " to "
                    + closesOn + "; today is " + today);
        }
    }

    @Override
    public boolean isPublic() {
        return false;
    }

    private void apply(Terms terms) {
        Period period = Period.of(terms.opensOn(), terms.closesOn());
        title = Map.copyOf(terms.title());
        description = terms.description() == null ? Map.of() : Map.copyOf(terms.description());
        opensOn = period.opensOn();
        closesOn = period.closesOn();
        targetTypes = terms.targetTypes() == null ? List.of() : List.copyOf(terms.targetTypes());
        targetRegions = terms.targetRegions() == null ? List.of() : List.copyOf(terms.targetRegions());
        touch();
    }

    public UUID modelId() {
        return modelId;
    }

    public Map<String, String> title() {
        return title;
    }

    public Map<String, String> description() {
        return description;
    }

    public Period period() {
        return new Period(opensOn, closesOn);
    }

    public List<OrganisationType> targetTypes() {
        return targetTypes;
    }

    public List<String> targetRegions() {
        return targetRegions;
    }

    public CampaignStatus status() {
        return status;
    }

    /** What a coordinator decides about a campaign, besides its model. */
    public record Terms(Map<String, String> title, Map<String, String> description, LocalDate opensOn,
            LocalDate closesOn, List<OrganisationType> targetTypes, List<String> targetRegions) {
    }
}
