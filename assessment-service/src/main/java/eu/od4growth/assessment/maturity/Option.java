package eu.od4growth.assessment.maturity;

import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.od4growth.common.validation.MultilingualText;

/** One answer a choice question offers, with the fraction of the question's weight it earns. */
@Schema(name = "QuestionOption", description = "A choice of a SINGLE_CHOICE, MULTIPLE_CHOICE or INFORMATIONAL question: its code, labels by language code, and the fraction of the question's weight it earns")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Option(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) @Schema(examples = "majority") String code,
        @NotEmpty @MultilingualText(max = 500) Map<String, String> label,
        @DecimalMin("0") @DecimalMax("1") @Schema(description = "Fraction of the weight earned (0 to 1); required on scored questions") Double fraction) {
}
