package eu.od4growth.assessment.maturity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How answers become scores: ODM-style weighted sums or ODI-style level ladders. */
@Schema(description = "How answers become scores: WEIGHTED (weighted sums of answer fractions, as the Open Data Maturity report) or LEVEL_LADDER (a level is reached when all its questions are fulfilled, as the ODI pathway)")
public enum ScoringStrategy {
    WEIGHTED,
    LEVEL_LADDER
}
