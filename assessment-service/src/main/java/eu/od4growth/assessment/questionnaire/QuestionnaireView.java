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
@Schema(name = "Questionnaire", description = "A questionnaire model as a respondent reads it to answer: maturity levels, dimensions, sub-dimensions and questions, every text in one language (the requested one, else the model's fallback)")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record QuestionnaireView(UUID id,
        @Schema(description = "Code of the model", examples = "od4g-local-maturity-2026") String code,
        @Schema(description = "Language of the texts (also in Content-Language)") String language, String title,
        String description, ScoringStrategy scoring, ModelStatus status, List<LevelText> levels,
        List<DimensionText> dimensions) {

    @Schema(name = "QuestionnaireLevel", description = "A maturity level of the model in the questionnaire's language, and the percentage (weighted models) or ladder level (level-ladder models) from which it is reached")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record LevelText(@Schema(examples = "fast-tracker") String code, @Schema(examples = "Fast-tracker") String name,
            String description,
            @Schema(description = "Lowest percentage (weighted) or ladder level (level ladder) of this level", examples = "65") double from) {
    }

    @Schema(name = "QuestionnaireDimension", description = "A dimension of the model (e.g. policy, portal, quality, impact) with its sub-dimensions, in the questionnaire's language")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DimensionText(@Schema(examples = "policy") String code, @Schema(examples = "Policy") String title,
            String description, List<SubDimensionText> subDimensions) {
    }

    @Schema(name = "QuestionnaireSubDimension", description = "A sub-dimension of a dimension with its questions, in the questionnaire's language")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SubDimensionText(@Schema(examples = "policy.strategy") String code,
            @Schema(examples = "Strategy and commitment") String title, String description, List<QuestionText> questions) {
    }

    @Schema(name = "QuestionnaireQuestion", description = "A question in the questionnaire's language: how it is answered (type, options, bands, scale), whether it is required, and what 'not applicable' and 'unsure' do")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record QuestionText(@Schema(description = "Code to answer it by", examples = "POL.1.1") String code,
            QuestionType type,
            @Schema(examples = "Does your organisation have an open data policy?") String text,
            @Schema(description = "Explanation shown with the question") String help,
            @Schema(description = "Points of the question in a weighted model", examples = "10") Double weight,
            boolean required, NotApplicableRule notApplicable, boolean unsureAllowed, List<OptionText> options,
            List<Band> bands, Integer scaleMin, Integer scaleMax, String scaleMinLabel, String scaleMaxLabel,
            Double cap, Integer level) {
    }

    @Schema(name = "QuestionnaireOption", description = "A choice of a question in the questionnaire's language, and the fraction of the question's weight it earns")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record OptionText(@Schema(examples = "majority") String code,
            @Schema(examples = "Most of our datasets") String label,
            @Schema(description = "Fraction of the weight earned (0 to 1)", examples = "0.75") Double fraction) {
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
