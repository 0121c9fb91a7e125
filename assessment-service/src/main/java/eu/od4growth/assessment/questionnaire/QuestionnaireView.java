package eu.od4growth.assessment.questionnaire;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.od4growth.assessment.maturity.Band;
import eu.od4growth.assessment.maturity.Dimension;
import eu.od4growth.assessment.maturity.MaturityLevel;
import eu.od4growth.assessment.maturity.NotApplicableRule;
import eu.od4growth.assessment.maturity.Option;
import eu.od4growth.assessment.maturity.Question;
import eu.od4growth.assessment.maturity.QuestionType;
import eu.od4growth.assessment.maturity.ScoringStrategy;
import eu.od4growth.assessment.maturity.SubDimension;

/** A model as a respondent reads it: every text in one language (the requested one, else the fallback). */
@Schema(name = "Questionnaire")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record QuestionnaireView(UUID id, String code,
        @Schema(description = "Language of the texts (also in Content-Language)") String language, String title,
        String description, ScoringStrategy scoring, ModelStatus status, List<LevelText> levels,
        List<DimensionText> dimensions) {

    @Schema(name = "QuestionnaireLevel")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record LevelText(String code, String name, String description, double from) {
    }

    @Schema(name = "QuestionnaireDimension")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DimensionText(String code, String title, String description, List<SubDimensionText> subDimensions) {
    }

    @Schema(name = "QuestionnaireSubDimension")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SubDimensionText(String code, String title, String description, List<QuestionText> questions) {
    }

    @Schema(name = "QuestionnaireQuestion")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record QuestionText(String code, QuestionType type, String text, String help, Double weight,
            boolean required, NotApplicableRule notApplicable, boolean unsureAllowed, List<OptionText> options,
            List<Band> bands, Integer scaleMin, Integer scaleMax, String scaleMinLabel, String scaleMaxLabel,
            Double cap, Integer level) {
    }

    @Schema(name = "QuestionnaireOption")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record OptionText(String code, String label, Double fraction) {
    }

    static QuestionnaireView of(QuestionnaireModel model, String language) {
        AnswerableModel texts = AnswerableModel.of(model);
        return new QuestionnaireView(model.id(), model.code, language, texts.text(model.title, language),
                texts.text(model.description, language), model.scoring, model.status,
                model.structure.levels().stream().map(l -> level(texts, l, language)).toList(),
                model.structure.dimensions().stream().map(d -> dimension(texts, d, language)).toList());
    }

    private static LevelText level(AnswerableModel texts, MaturityLevel level, String language) {
        return new LevelText(level.code(), texts.text(level.name(), language),
                texts.text(level.description(), language), level.from());
    }

    private static DimensionText dimension(AnswerableModel texts, Dimension dimension, String language) {
        return new DimensionText(dimension.code(), texts.text(dimension.title(), language),
                texts.text(dimension.description(), language),
                dimension.subDimensions().stream().map(s -> subDimension(texts, s, language)).toList());
    }

    private static SubDimensionText subDimension(AnswerableModel texts, SubDimension subDimension, String language) {
        return new SubDimensionText(subDimension.code(), texts.text(subDimension.title(), language),
                texts.text(subDimension.description(), language),
                subDimension.questions().stream().map(q -> question(texts, q, language)).toList());
    }

    private static QuestionText question(AnswerableModel texts, Question question, String language) {
        List<Option> options = question.type() == QuestionType.YES_NO ? List.of() : question.options();
        return new QuestionText(question.code(), question.type(), texts.text(question.text(), language),
                texts.text(question.help(), language), question.weight(), question.required(),
                question.notApplicable(), question.unsureAllowed(),
                options.stream().map(o -> new OptionText(o.code(), texts.text(o.label(), language), o.fraction()))
                        .toList(),
                question.bands(), question.scale() == null ? null : question.scale().min(),
                question.scale() == null ? null : question.scale().max(),
                question.scale() == null ? null : texts.text(question.scale().minLabel(), language),
                question.scale() == null ? null : texts.text(question.scale().maxLabel(), language), question.cap(),
                question.level());
    }
}
