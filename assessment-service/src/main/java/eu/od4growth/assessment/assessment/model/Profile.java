package eu.od4growth.assessment.assessment.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who answers, for benchmarks by kind of body, point of view and region. */
@Schema(name = "RespondentProfile", description = "Who answers an assessment: the kind of public body, the point of view and the NUTS region; benchmarks group organisations by these")
public record Profile(
        @NotNull @Schema(description = "Kind of public body answering") OrganisationType organizationType,
        @NotNull PointOfView pointOfView,
        @Pattern(regexp = NUTS, message = "must be a NUTS code: a country code and up to 3 more letters or digits, e.g. FRF or ITH3") @Schema(description = "NUTS code of the body's region", examples = "FRF1") String nuts) {

    public static final String NUTS = "[A-Z]{2}[A-Z0-9]{0,3}";
}
