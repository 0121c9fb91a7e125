package eu.od4growth.assessment.questionnaire;

import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    protected QuestionnaireModel() {
        // for Hibernate
    }

    private QuestionnaireModel(String owner, String author) {
        super(owner, author);
        status = LIFECYCLE.initial();
    }

    /** A new model is always a draft; {@link ModelAction#PUBLISH} freezes it. */
    static QuestionnaireModel draft(ModelRequest request, String owner, String author) {
        QuestionnaireModel model = new QuestionnaireModel(owner, author);
        model.code = request.code();
        model.apply(request);
        return model;
    }

    /** Changes a draft; a published model is never changed again. */
    void revise(ModelRequest request) {
        requireDraft("change");
        if (!code.equals(request.code())) {
            throw ProblemException.conflict("The code of a model cannot change (it is " + code + ")");
        }
        apply(request);
    }

    void perform(ModelAction action) {
        status = LIFECYCLE.next(status, action);
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

    private void apply(ModelRequest request) {
        title = Map.copyOf(request.title());
        description = request.description() == null ? Map.of() : Map.copyOf(request.description());
        scoring = request.scoring();
        touch();
    }
}
