package eu.od4growth.assessment.questionnaire;

import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.od4growth.assessment.maturity.ModelStructure;
import eu.od4growth.assessment.maturity.ScoringStrategy;
import eu.od4growth.assessment.maturity.StructureRules;
import eu.od4growth.common.persistence.OwnedRecord;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.workflow.StateMachine;

/** A versioned questionnaire model owned by an organisation; drafts are editable, published models are frozen. */
@Entity
@Table(name = "questionnaire_model")
public class QuestionnaireModel extends OwnedRecord {

    static final StateMachine<ModelStatus, ModelAction> LIFECYCLE = StateMachine
            .of("model", ModelStatus.DRAFT, ModelAction.class)
            .on(ModelAction.PUBLISH, ModelStatus.DRAFT, ModelStatus.PUBLISHED)
            .build();

    String code;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> title;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> description;
    @Enumerated(EnumType.STRING)
    ScoringStrategy scoring;
    @Enumerated(EnumType.STRING)
    ModelStatus status;
    /** Code of the model this one is a new version of. */
    String predecessor;
    /** Code of the first model of the line of versions; assessments are compared within a family. */
    String family;
    @Column(name = "fallback_language")
    String fallbackLanguage;
    @JdbcTypeCode(SqlTypes.JSON)
    ModelStructure structure;

    protected QuestionnaireModel() {
        // for Hibernate
    }

    private QuestionnaireModel(String owner, String author) {
        super(owner, author);
        status = LIFECYCLE.initial();
    }

    /**
     * A new model is always a draft; {@link ModelAction#PUBLISH} freezes it. {@code family} is the predecessor's
     * family, or the model's own code when it has no predecessor.
     */
    static QuestionnaireModel draft(ModelDocument document, String family, String owner, String author) {
        QuestionnaireModel model = new QuestionnaireModel(owner, author);
        model.code = document.code();
        model.apply(document, family);
        return model;
    }

    /** Changes a draft; a published model is never changed again. */
    void revise(ModelDocument document, String family) {
        requireDraft("change");
        if (!code.equals(document.code())) {
            throw ProblemException.conflict("The code of a model cannot change (it is " + code + ")");
        }
        apply(document, family);
    }

    /** Publishing needs something to answer and to score. */
    void perform(ModelAction action) {
        ModelStatus next = LIFECYCLE.next(status, action);
        List<String> reasons = StructureRules.unpublishable(structure);
        if (next == ModelStatus.PUBLISHED && !reasons.isEmpty()) {
            throw ProblemException.conflict("Model " + code + " cannot be published: " + String.join(", ", reasons));
        }
        status = next;
        touch();
    }

    /** Only drafts may be deleted: a published model may be answered by assessments. */
    void requireDeletable() {
        requireDraft("delete");
    }

    @Override
    public boolean isPublic() {
        return status == ModelStatus.PUBLISHED;
    }

    private void requireDraft(String what) {
        if (status != ModelStatus.DRAFT) {
            throw ProblemException.conflict("Model " + code + " is published: cannot " + what + " it; draft a new one");
        }
    }

    private void apply(ModelDocument document, String family) {
        title = Map.copyOf(document.title());
        description = Map.copyOf(document.description());
        scoring = document.scoring();
        predecessor = document.predecessor();
        this.family = family;
        fallbackLanguage = document.fallbackLanguage();
        structure = document.structure();
        touch();
    }
}
