package eu.od4growth.assessment.assessment.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.assessment.maturity.AnswerRules;
import eu.od4growth.assessment.maturity.ModelStructure;
import eu.od4growth.common.persistence.OwnedRecord;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.workflow.StateMachine;

/**
 * One organisation's answers to one published model. A draft is answered in parts; submitting checks the required
 * answers and freezes it; a coordinator may reopen it. Never public: its organisation (and administrators) read it.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends OwnedRecord {

    public static final StateMachine<AssessmentStatus, AssessmentAction> LIFECYCLE = StateMachine
            .of("assessment", AssessmentStatus.DRAFT, AssessmentAction.class)
            .on(AssessmentAction.SUBMIT, AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED)
            .on(AssessmentAction.REOPEN, AssessmentStatus.SUBMITTED, AssessmentStatus.DRAFT)
            .build();

    @Column(name = "model_id")
    private UUID modelId;
    @Column(name = "model_family")
    private String modelFamily;
    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type")
    private OrganisationType organisationType;
    @Enumerated(EnumType.STRING)
    @Column(name = "point_of_view")
    private PointOfView pointOfView;
    private String nuts;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Answer> answers;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "campaign_id")
    private UUID campaignId;

    protected Assessment() {
        // for Hibernate
    }

    private Assessment(String owner, String respondent) {
        super(owner, respondent);
        status = LIFECYCLE.initial();
        answers = Map.of();
    }

    /** A new assessment of a published model, standalone or within a campaign (null), is a draft without answers. */
    public static Assessment start(UUID modelId, String modelFamily, UUID campaignId, Profile profile, String owner,
            String respondent) {
        Assessment assessment = new Assessment(owner, respondent);
        assessment.campaignId = campaignId;
        assessment.modelId = modelId;
        assessment.modelFamily = modelFamily;
        assessment.organisationType = profile.organizationType();
        assessment.pointOfView = profile.pointOfView();
        assessment.nuts = profile.nuts();
        return assessment;
    }

    /**
     * Saves some answers (a null answer clears its question), all or none: every bad answer is reported, and a
     * submitted assessment changes only after it is reopened.
     */
    public void answer(ModelStructure structure, Map<String, Answer> changes) {
        if (status != AssessmentStatus.DRAFT) {
            throw ProblemException.conflict("This assessment is submitted: it is read-only until a coordinator reopens it");
        }
        AnswerRules.check(structure, changes).throwIfAny();
        Map<String, Answer> merged = new HashMap<>(answers);
        changes.forEach((code, answer) -> {
            if (answer == null) {
                merged.remove(code);
            } else {
                merged.put(code, answer);
            }
        });
        answers = Map.copyOf(merged);
        touch();
    }

    /** Submits a complete draft; a missing required answer is a violation each. */
    public void submit(ModelStructure structure, Instant now) {
        AssessmentStatus next = LIFECYCLE.next(status, AssessmentAction.SUBMIT);
        AnswerRules.missing(structure, answers).throwIfAny();
        status = next;
        submittedAt = now;
        touch();
    }

    /** Opens a submitted assessment to changes again; it keeps its answers and loses its submission date. */
    public void reopen() {
        status = LIFECYCLE.next(status, AssessmentAction.REOPEN);
        submittedAt = null;
        touch();
    }

    @Override
    public boolean isPublic() {
        return false;
    }

    public UUID modelId() {
        return modelId;
    }

    public String modelFamily() {
        return modelFamily;
    }

    public AssessmentStatus status() {
        return status;
    }

    public Profile profile() {
        return new Profile(organisationType, pointOfView, nuts);
    }

    public Map<String, Answer> answers() {
        return answers;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** The campaign it was started within, or null for a standalone assessment. */
    public UUID campaignId() {
        return campaignId;
    }
}
