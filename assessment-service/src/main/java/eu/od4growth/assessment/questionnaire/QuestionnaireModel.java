package eu.od4growth.assessment.questionnaire;

import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.od4growth.common.persistence.VersionedEntity;
import eu.od4growth.common.problem.ProblemException;

/** A versioned questionnaire model owned by an organisation; drafts are editable, published models are frozen. */
@Entity
@Table(name = "questionnaire_model")
public class QuestionnaireModel extends VersionedEntity {

    String code;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> title;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> description;
    @Enumerated(EnumType.STRING)
    ScoringStrategy scoring;
    @Enumerated(EnumType.STRING)
    ModelStatus status;
    @Column(name = "owner_organisation")
    String ownerOrganisation;
    @Column(name = "created_by")
    String createdBy;

    protected QuestionnaireModel() {
        // for Hibernate
    }

    static QuestionnaireModel draft(ModelRequest request, String ownerOrganisation, String author) {
        QuestionnaireModel model = new QuestionnaireModel();
        model.code = request.code();
        model.ownerOrganisation = ownerOrganisation;
        model.createdBy = author;
        model.status = ModelStatus.DRAFT;
        model.apply(request);
        return model;
    }

    /** Changes a draft; publishing is a one-way step, and a published model is never changed again. */
    void revise(ModelRequest request) {
        if (status == ModelStatus.PUBLISHED) {
            throw ProblemException.conflict("Model " + code + " is published and can no longer change; draft a new one");
        }
        if (!code.equals(request.code())) {
            throw ProblemException.conflict("The code of a model cannot change (it is " + code + ")");
        }
        apply(request);
    }

    boolean isPublic() {
        return status == ModelStatus.PUBLISHED;
    }

    private void apply(ModelRequest request) {
        title = Map.copyOf(request.title());
        description = request.description() == null ? Map.of() : Map.copyOf(request.description());
        scoring = request.scoring();
        status = request.status() == null ? ModelStatus.DRAFT : request.status();
        touch();
    }
}
