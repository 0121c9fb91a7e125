package eu.od4growth.assessment.maturity;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.od4growth.common.validation.MultilingualText;

/** The ends of a scale question (e.g. 1 to 5) and what they mean. */
@Schema(name = "Scale")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Scale(
        @NotNull @Min(0) @Max(100) Integer min,
        @NotNull @Min(1) @Max(100) Integer max,
        @MultilingualText(max = 200) Map<String, String> minLabel,
        @MultilingualText(max = 200) Map<String, String> maxLabel) {
}
