package eu.od4growth.assessment.questionnaire;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.od4growth.common.problem.ProblemException;

/** A versioned questionnaire model owned by an organisation; drafts are editable, published models are frozen. */
@Entity
@Table(name = "questionnaire_model")
public class QuestionnaireModel {

    @Id
    UUID id;
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
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Version
    @Column(name = "row_version")
    long version;

    protected QuestionnaireModel() {
        // for Hibernate
    }

    static QuestionnaireModel draft(ModelRequest request, String ownerOrganisation, String author) {
        QuestionnaireModel model = new QuestionnaireModel();
        model.id = UUID.randomUUID();
        model.code = request.code();
        model.ownerOrganisation = ownerOrganisation;
        model.createdBy = author;
        model.createdAt = Instant.now();
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
        updatedAt = Instant.now();
    }
}
