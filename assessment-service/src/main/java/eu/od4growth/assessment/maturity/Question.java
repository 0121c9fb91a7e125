package eu.od4growth.assessment.maturity;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.od4growth.common.validation.MultilingualText;

/**
 * One question of a model. Omitted settings get their defaults here, so a stored or exported model always states
 * them: required when scored, "not applicable" not allowed, "unsure" not allowed, a multiple choice capped at 1.
 */
@Schema(name = "Question", description = "A question of a model as written by its authors: its code, how it is answered and scored, and its texts by language code")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Question(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) @Schema(description = "Unique in the model; answers name it", examples = "POL.1.1") String code,
        @NotNull QuestionType type,
        @NotEmpty @MultilingualText(max = 1000) Map<String, String> text,
        @MultilingualText(max = 4000) @Schema(description = "Explanation shown with the question") Map<String, String> help,
        @DecimalMin("0") @DecimalMax("1000") @Schema(description = "Points of the question in a weighted model (ODM: 5 to 40)") Double weight,
        @Schema(description = "Whether submitting needs an answer; default: true for scored questions") Boolean required,
        @Schema(description = "Whether and how 'not applicable' counts; default NOT_ALLOWED") NotApplicableRule notApplicable,
        @Schema(description = "Whether 'unsure' (I don't know) is an answer; default false") Boolean unsureAllowed,
        @Valid @Schema(description = "Choices of SINGLE_CHOICE, MULTIPLE_CHOICE and INFORMATIONAL questions") List<@NotNull Option> options,
        @Valid @Schema(description = "Scoring bands of NUMERIC questions") List<@NotNull Band> bands,
        @Valid @Schema(description = "Ends of SCALE questions") Scale scale,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("10") @Schema(description = "Highest fraction a MULTIPLE_CHOICE answer earns; default 1") Double cap,
        @Min(1) @Max(10) @Schema(description = "Level of the activity this question belongs to, in a LEVEL_LADDER model") Integer level) {

    public Question {
        required = required != null ? required : type != null && type.scored();
        notApplicable = notApplicable != null ? notApplicable : NotApplicableRule.NOT_ALLOWED;
        unsureAllowed = unsureAllowed != null && unsureAllowed;
        options = options == null ? List.of() : options;
        bands = bands == null ? List.of() : bands;
        cap = cap == null && type == QuestionType.MULTIPLE_CHOICE ? Double.valueOf(1) : cap;
    }

    /** Whether the answer to this question earns points (or fulfils a level). */
    public boolean scored() {
        return type != null && type.scored();
    }

    /** The option offered under {@code code}, or null. */
    public Option option(String code) {
        for (Option option : options) {
            if (option.code().equals(code)) {
                return option;
            }
        }
        return null;
    }
}
