package eu.od4growth.assessment.maturity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A range of a numeric answer ({@code from} ≤ n < {@code to}; an open end is null) and the fraction it earns. */
@Schema(name = "ScoringBand")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Band(
        @Schema(description = "Lowest value of the band, included; null for no lower end") Double from,
        @Schema(description = "Value above the band, excluded; null for no upper end") Double to,
        @NotNull @DecimalMin("0") @DecimalMax("1") Double fraction) {
}
