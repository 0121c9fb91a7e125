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

/**
 * A named stage of maturity and where it starts: a percentage of the maximum in a weighted model (e.g. fast-tracker
 * from 65), a ladder level in a level-ladder model (e.g. Managed from 4). Data of the model, never code.
 */
@Schema(name = "MaturityLevel", description = "A maturity level of a model (e.g. beginner, follower, fast-tracker, trend-setter), reached from a percentage (weighted models) or a ladder level (level-ladder models); names and descriptions by language code")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MaturityLevel(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) @Schema(examples = "fast-tracker") String code,
        @NotEmpty @MultilingualText(max = 200) Map<String, String> name,
        @MultilingualText(max = 2000) Map<String, String> description,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(description = "Lowest percentage (weighted) or ladder level (level ladder) of this level") Double from) {
}
