package eu.od4growth.assessment.questionnaire;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.common.i18n.Languages;

/** What a coordinator sends to draft or revise a questionnaire model. */
@Schema(name = "ModelRequest")
public record ModelRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be 2 to 63 lower-case letters, digits or dashes") @Schema(examples = "odm-local-2026") String code,
        @NotEmpty Map<@Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String, @NotBlank @Size(max = 200) String> title,
        Map<@Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String, @Size(max = 4000) String> description,
        @NotNull ScoringStrategy scoring,
        @Schema(description = "DRAFT (default) or PUBLISHED; publishing freezes the model") ModelStatus status) {
}
