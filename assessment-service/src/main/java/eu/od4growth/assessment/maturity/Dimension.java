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

/** One axis of maturity (ODM: policy, impact, portal, quality) and its sub-dimensions. */
@Schema(name = "Dimension", description = "A dimension of a model (e.g. policy, portal, quality, impact), made of sub-dimensions; titles and descriptions by language code")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Dimension(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) @Schema(examples = "policy") String code,
        @NotEmpty @MultilingualText(max = 200) Map<String, String> title,
        @MultilingualText(max = 4000) Map<String, String> description,
        @Valid List<@NotNull SubDimension> subDimensions) {

    public Dimension {
        subDimensions = subDimensions == null ? List.of() : subDimensions;
    }
}
