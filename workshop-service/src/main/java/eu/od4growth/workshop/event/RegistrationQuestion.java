package eu.od4growth.workshop.event;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import eu.od4growth.common.validation.MultilingualText;
import eu.od4growth.common.validation.Slug;

/**
 * A question an event asks when people register; answers are keyed by its {@code code} and checked against its type.
 * Stored with the event, as a value.
 */
@Schema(name = "RegistrationQuestion", description = "A question an event asks when people register (or in its satisfaction questionnaire); answers are keyed by its code and checked against its type")
public record RegistrationQuestion(
        @Slug @Schema(description = "Stable key of the answers: 2 to 63 lower-case letters, digits or dashes", examples = "organisation-type") String code,
        @NotNull QuestionType type,
        @NotEmpty @MultilingualText(max = 300) @Schema(required = true, minProperties = 1, description = "The question, keyed by language code (fr, en, it, pl, es, hu, lv, lt, el), at most 300 characters each", examples = "{\"fr\": \"Type d'organisation\", \"en\": \"Type of organisation\"}") Map<String, String> label,
        @MultilingualText(max = 1000) @Schema(description = "Help shown under the question, keyed by language code (fr, en, it, pl, es, hu, lv, lt, el)") Map<String, String> help,
        @Schema(description = "Whether an answer is required; false when absent") boolean required,
        @Valid @Size(max = 50) @Schema(description = "The choices of SINGLE_CHOICE and MULTIPLE_CHOICE questions") List<Option> options) {

    public RegistrationQuestion {
        options = options == null ? List.of() : List.copyOf(options);
        help = help == null ? Map.of() : help;
    }

    /** Checked with the other fields: choice questions list their options, other questions none. */
    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "choice questions need at least one option with a unique code; other questions none")
    public boolean isOptionsFitType() {
        if (type == null) {
            return true;
        }
        if (!type.hasOptions()) {
            return options.isEmpty();
        }
        return !options.isEmpty() && options.stream().map(Option::code).distinct().count() == options.size();
    }

    /** One choice of a choice question. */
    @Schema(name = "QuestionOption", description = "One choice of a SINGLE_CHOICE or MULTIPLE_CHOICE question")
    public record Option(
            @Slug @Schema(description = "What an answer holds when this choice is made: 2 to 63 lower-case letters, digits or dashes", examples = "region") String code,
            @NotEmpty @MultilingualText(max = 200) @Schema(required = true, minProperties = 1, description = "The choice as shown, keyed by language code (fr, en, it, pl, es, hu, lv, lt, el)", examples = "{\"fr\": \"Région\", \"en\": \"Region\"}") Map<String, String> label) {
    }
}
