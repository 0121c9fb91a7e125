package eu.od4growth.assessment.assessment.model;

/** From where a respondent looks at open data, as the deck distinguishes them. */
public enum PointOfView {
    DATA_PROVIDER,
    DATA_USER,
    PUBLIC_AUTHORITY_CITIZEN
}
