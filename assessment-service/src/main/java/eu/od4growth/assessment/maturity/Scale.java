package eu.od4growth.assessment.maturity;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.od4growth.common.validation.MultilingualText;

/** The ends of a scale question (e.g. 1 to 5) and what they mean. */
@Schema(name = "Scale", description = "The ends of a SCALE question: the lowest and highest whole numbers an answer may take, and their labels by language code")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Scale(
        @NotNull @Min(0) @Max(100) @Schema(description = "Lowest answer", examples = "1") Integer min,
        @NotNull @Min(1) @Max(100) @Schema(description = "Highest answer", examples = "5") Integer max,
        @MultilingualText(max = 200) @Schema(description = "Label of the lowest answer by language code", examples = "{\"en\": \"Not at all\", \"fr\": \"Pas du tout\"}") Map<String, String> minLabel,
        @MultilingualText(max = 200) Map<String, String> maxLabel) {
}
