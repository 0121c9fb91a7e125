package eu.od4growth.catalog.dataset.model;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The period a dataset covers (dct:temporal); either end may be open. */
@Schema(name = "TemporalCoverage", description = "The period a dataset covers (dct:temporal), from start to end inclusive; either end may be absent (open), end is not before start")
public record TemporalCoverage(@Schema(examples = "2015-01-01") LocalDate start,
        @Schema(examples = "2024-12-31") LocalDate end) {

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "end must not be before start")
    public boolean isEndAfterStart() {
        return start == null || end == null || !end.isBefore(start);
    }
}
