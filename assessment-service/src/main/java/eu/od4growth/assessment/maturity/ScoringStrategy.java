package eu.od4growth.assessment.maturity;

/** How answers become scores: ODM-style weighted sums or ODI-style level ladders. */
public enum ScoringStrategy {
    WEIGHTED,
    LEVEL_LADDER
}
