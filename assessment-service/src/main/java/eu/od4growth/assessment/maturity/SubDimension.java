package eu.od4growth.assessment.maturity;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.od4growth.common.validation.MultilingualText;

/** A part of a dimension (an ODM sub-dimension, an ODI activity) and its questions. */
@Schema(name = "SubDimension", description = "A sub-dimension of a dimension of a model, grouping its questions; titles and descriptions by language code")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SubDimension(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) @Schema(examples = "policy.strategy") String code,
        @NotEmpty @MultilingualText(max = 200) Map<String, String> title,
        @MultilingualText(max = 4000) Map<String, String> description,
        @Valid List<@NotNull Question> questions) {

    public SubDimension {
        questions = questions == null ? List.of() : questions;
    }
}
