package eu.od4growth.assessment.assessment.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.od4growth.assessment.assessment.application.Outcome;
import eu.od4growth.assessment.assessment.model.AssessmentStatus;
import eu.od4growth.assessment.maturity.Dimension;
import eu.od4growth.assessment.maturity.MaturityLevel;
import eu.od4growth.assessment.maturity.ScoringStrategy;
import eu.od4growth.assessment.maturity.SubDimension;
import eu.od4growth.assessment.questionnaire.AnswerableModel;
import eu.od4growth.assessment.scoring.Evolution;
import eu.od4growth.assessment.scoring.Percentages;
import eu.od4growth.assessment.scoring.Score;

/** The results of an assessment in one language: scores by part, levels, strengths and weaknesses, evolution. */
@Schema(name = "AssessmentResults", description = "The results of an assessment in one language: total and per-dimension scores and percentages, maturity levels reached, strengths and weaknesses, and the evolution since the organisation's previous submitted assessment of the same model family. Draft assessments show preliminary figures")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultsView(UUID assessment,
        @Schema(description = "Slug of the organization assessed") String organization, AssessmentStatus status,
        Instant submittedAt, UUID model,
        @Schema(description = "Code of the model answered", examples = "od4g-local-maturity-2026") String modelCode,
        @Schema(description = "Title of the model in the results' language", examples = "Open data maturity of local and regional public bodies") String modelTitle,
        ScoringStrategy scoring,
        @Schema(description = "Language of the texts (also in Content-Language)") String language, Part total,
        List<Part> dimensions, List<Highlight> strengths, List<Highlight> weaknesses,
        @Schema(description = "Against the organisation's previous submitted assessment of the same model family; absent when there is none") EvolutionView evolution) {

    /**
     * A score: WEIGHTED models give points and the applicable maximum, LEVEL_LADDER models the level reached and the
     * highest level; percentage is null when nothing applies. The preliminary score leaves "unsure" answers out.
     */
    @Schema(name = "ScorePart", description = "The score of the whole assessment, of a dimension or of a sub-dimension: points earned out of the maximum, percentage, maturity level, and the preliminary figures that leave out 'unsure' answers")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(
            @Schema(description = "Code of the dimension or sub-dimension; 'total' for the whole assessment", examples = "policy") String code,
            @Schema(examples = "Policy") String title,
            @Schema(description = "Points earned (weighted) or ladder level reached (level ladder)", examples = "145") double score,
            @Schema(description = "Points available (weighted) or top ladder level (level ladder)", examples = "200") double maximum,
            @Schema(description = "Score as a percentage of the maximum (0 to 100)", examples = "72.5") Double percentage,
            Double preliminaryScore, Double preliminaryMaximum, Double preliminaryPercentage, LevelView level,
            List<Part> subDimensions) {
    }

    @Schema(name = "MaturityLevelName", description = "A maturity level of the model (code and name in the results' language)")
    public record LevelView(@Schema(examples = "fast-tracker") String code, @Schema(examples = "Fast-tracker") String name) {
    }

    @Schema(name = "ResultHighlight", description = "A strength or a weakness of the assessment: a sub-dimension with one of the highest (or lowest) percentages")
    public record Highlight(@Schema(description = "Code of the sub-dimension", examples = "quality.metadata") String code,
            @Schema(examples = "Metadata and standards") String title,
            @Schema(description = "Code of its dimension", examples = "quality") String dimension,
            @Schema(description = "Percentage (0 to 100)", examples = "35") Double percentage, LevelView level) {
    }

    @Schema(name = "Evolution", description = "How an assessment compares with the organisation's previous submitted assessment of the same model family, in total and by dimension: previousAssessment is the id of that assessment, total the change of the total (code 'total')")
    public record EvolutionView(
            UUID previousAssessment, Instant previousSubmittedAt, Change total,
            @Schema(description = "Change of each dimension, in the model's order", examples = "[{\"code\": \"quality\", \"title\": \"Quality\", \"previousPercentage\": 48, \"percentage\": 61.5, \"delta\": 13.5, \"levelChanged\": false}]") List<Change> dimensions) {
    }

    @Schema(name = "EvolutionChange", description = "The change of the total or of one dimension since the previous assessment: percentages before and now, and the maturity levels")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(@Schema(examples = "quality") String code, @Schema(examples = "Quality") String title,
            @Schema(description = "Percentage in the previous assessment (0 to 100)", examples = "48") Double previousPercentage,
            @Schema(description = "Percentage now (0 to 100)", examples = "61.5") Double percentage,
            @Schema(description = "Percentage points gained (negative: lost)", examples = "13.5") Double delta,
            LevelView previousLevel, LevelView level, boolean levelChanged) {
    }

    static ResultsView of(Outcome outcome, String language) {
        Texts texts = new Texts(outcome.model(), language);
        Score total = outcome.score();
        List<Part> dimensions = new ArrayList<>();
        for (Score dimension : total.parts()) {
            List<Part> subDimensions = dimension.parts().stream().map(s -> texts.part(s, List.of())).toList();
            dimensions.add(texts.part(dimension, subDimensions));
        }
        EvolutionView evolution = null;
        if (outcome.previous() != null) {
            Evolution change = outcome.previous().evolution();
            evolution = new EvolutionView(outcome.previous().assessment().id(),
                    outcome.previous().assessment().submittedAt(), texts.change(change.total()),
                    change.dimensions().stream().map(texts::change).toList());
        }
        return new ResultsView(outcome.assessment().id(), outcome.assessment().ownerOrganisation(),
                outcome.assessment().status(),
                outcome.assessment().submittedAt(), outcome.model().id(), outcome.model().code(),
                outcome.model().text(outcome.model().title(), language), outcome.model().scoring(), language,
                texts.part(total, null), dimensions,
                outcome.highlights().strengths().stream().map(texts::highlight).toList(),
                outcome.highlights().weaknesses().stream().map(texts::highlight).toList(), evolution);
    }

    /** Titles of a model's parts in one language, and rounding for clients. */
    record Texts(AnswerableModel model, String language) {

        String title(String code) {
            for (Dimension dimension : model.structure().dimensions()) {
                if (dimension.code().equals(code)) {
                    return model.text(dimension.title(), language);
                }
                for (SubDimension subDimension : dimension.subDimensions()) {
                    if (subDimension.code().equals(code)) {
                        return model.text(subDimension.title(), language);
                    }
                }
            }
            return null;
        }

        String dimensionOf(String subDimensionCode) {
            for (Dimension dimension : model.structure().dimensions()) {
                for (SubDimension subDimension : dimension.subDimensions()) {
                    if (subDimension.code().equals(subDimensionCode)) {
                        return dimension.code();
                    }
                }
            }
            return null;
        }

        LevelView level(MaturityLevel level) {
            return level == null ? null : new LevelView(level.code(), model.text(level.name(), language));
        }

        Part part(Score score, List<Part> subDimensions) {
            return new Part(score.code(), title(score.code()), round(score.score()), round(score.maximum()),
                    round(score.percentage()), round(score.preliminaryScore()), round(score.preliminaryMaximum()),
                    round(score.preliminaryPercentage()), level(score.level()), subDimensions);
        }

        Highlight highlight(Score score) {
            return new Highlight(score.code(), title(score.code()), dimensionOf(score.code()),
                    round(score.percentage()), level(score.level()));
        }

        Change change(Evolution.Change change) {
            return new Change(change.code(), title(change.code()), round(change.previousPercentage()),
                    round(change.percentage()), round(change.delta()), level(change.previousLevel()),
                    level(change.level()), change.levelChanged());
        }

        static Double round(Double value) {
            return Percentages.round(value);
        }
    }
}
