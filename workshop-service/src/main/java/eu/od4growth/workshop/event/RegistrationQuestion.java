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
@Schema(name = "RegistrationQuestion")
public record RegistrationQuestion(
        @Slug @Schema(description = "Stable key of the answers, e.g. organisation-type") String code,
        @NotNull QuestionType type,
        @NotEmpty @MultilingualText(max = 300) Map<String, String> label,
        @MultilingualText(max = 1000) Map<String, String> help,
        boolean required,
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
    @Schema(name = "QuestionOption")
    public record Option(@Slug String code, @NotEmpty @MultilingualText(max = 200) Map<String, String> label) {
    }
}
