package eu.od4growth.assessment.questionnaire;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.od4growth.assessment.maturity.Dimension;
import eu.od4growth.assessment.maturity.MaturityLevel;
import eu.od4growth.assessment.maturity.ModelStructure;
import eu.od4growth.assessment.maturity.ScoringStrategy;
import eu.od4growth.common.i18n.Languages;
import eu.od4growth.common.validation.MultilingualText;
import eu.od4growth.common.validation.Slug;

/**
 * A whole questionnaire model as one JSON document: what a coordinator sends to draft, revise or import a model,
 * and what an export answers, so a model authored once can be carried to another instance. Publishing is an action.
 */
@Schema(name = "ModelDocument", description = "A whole questionnaire model: header, maturity levels, dimensions, sub-dimensions and questions")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelDocument(
        @Slug @Schema(examples = "odm-local-2026", pattern = Slug.PATTERN) String code,
        @Pattern(regexp = Slug.PATTERN, message = "must be the code of a published model") @Schema(description = "Code of the published model this one is a new version of; both are then one family, compared over time") String predecessor,
        @NotEmpty @MultilingualText(max = 200) Map<String, String> title,
        @MultilingualText(max = 4000) Map<String, String> description,
        @NotNull ScoringStrategy scoring,
        @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) @Schema(description = "Language of the text shown when a text lacks the requested one; every text must have it; default en", examples = "fr") String fallbackLanguage,
        @Valid @Schema(description = "Maturity levels, e.g. beginner from 0 %, follower from 35 %") List<@NotNull MaturityLevel> levels,
        @Valid List<@NotNull Dimension> dimensions) {

    public static final String DEFAULT_LANGUAGE = "en";

    public ModelDocument {
        fallbackLanguage = fallbackLanguage == null ? DEFAULT_LANGUAGE : fallbackLanguage;
        description = description == null ? Map.of() : description;
        levels = levels == null ? List.of() : levels;
        dimensions = dimensions == null ? List.of() : dimensions;
    }

    ModelStructure structure() {
        return new ModelStructure(levels, dimensions);
    }

    static ModelDocument of(QuestionnaireModel model) {
        return new ModelDocument(model.code, model.predecessor, model.title, model.description, model.scoring,
                model.fallbackLanguage, model.structure.levels(), model.structure.dimensions());
    }
}
