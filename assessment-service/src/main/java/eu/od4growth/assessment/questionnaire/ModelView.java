package eu.od4growth.assessment.questionnaire;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.maturity.ScoringStrategy;

/** A questionnaire model as clients list and read it; the questions themselves are in its export and questionnaire. */
@Schema(name = "Model", description = "A questionnaire model of open-data maturity (e.g. the Open Data Maturity or ODI pathway questionnaire) as clients list and read it: its header, status and question counts; the questions themselves are in its export and its questionnaire")
public record ModelView(UUID id,
        @Schema(description = "Code of the model, unique in the suite", examples = "od4g-local-maturity-2026") String code,
        @Schema(description = "Title by language code", examples = "{\"en\": \"Open data maturity of local and regional public bodies\", \"fr\": \"Maturité open data des collectivités locales et régionales\"}") Map<String, String> title,
        @Schema(description = "Description by language code") Map<String, String> description,
        ScoringStrategy scoring, ModelStatus status,
        @Schema(description = "Slug of the organization that owns the model") String organization,
        @Schema(description = "Language of a text when the requested one is missing") String fallbackLanguage,
        @Schema(description = "Code of the model this one is a new version of") String predecessor,
        @Schema(description = "Code of the first version: assessments of one family are compared over time") String family,
        @Schema(description = "Number of questions") int questions,
        @Schema(description = "Number of questions that are scored") long scoredQuestions, Instant createdAt,
        Instant updatedAt) {

    static ModelView of(QuestionnaireModel model) {
        return new ModelView(model.id(), model.code, model.title, model.description, model.scoring, model.status,
                model.ownerOrganisation(), model.fallbackLanguage, model.predecessor, model.family,
                model.structure.questions().size(), model.structure.scoredQuestions(), model.createdAt(),
                model.updatedAt());
    }
}
