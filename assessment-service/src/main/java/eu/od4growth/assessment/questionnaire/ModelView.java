package eu.od4growth.assessment.questionnaire;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A questionnaire model as clients read it. */
@Schema(name = "Model")
public record ModelView(UUID id, String code, Map<String, String> title, Map<String, String> description,
        ScoringStrategy scoring, ModelStatus status,
        @Schema(description = "Slug of the organization that owns the model") String organization, Instant createdAt,
        Instant updatedAt) {

    static ModelView of(QuestionnaireModel model) {
        return new ModelView(model.id(), model.code, model.title, model.description, model.scoring, model.status,
                model.ownerOrganisation(), model.createdAt(), model.updatedAt());
    }
}
