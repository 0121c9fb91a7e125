package eu.od4growth.assessment.maturity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A range of a numeric answer ({@code from} ≤ n < {@code to}; an open end is null) and the fraction it earns. */
@Schema(name = "ScoringBand", description = "A range of numbers of a NUMERIC question and the fraction of the question's weight an answer in it earns; 'from' is included, 'to' excluded")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Band(
        @Schema(description = "Lowest value of the band, included; null for no lower end", examples = "10") Double from,
        @Schema(description = "Value above the band, excluded; null for no upper end", examples = "50") Double to,
        @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(description = "Fraction of the weight earned (0 to 1)", examples = "0.5") Double fraction) {
}
