package eu.od4growth.assessment.assessment.model;

/** The kinds of public body the OD4Growth deck names as respondents. */
public enum OrganisationType {
    REGIONAL_COUNCIL,
    DEPARTEMENT,
    AGGLOMERATION_COMMUNITY,
    COMMUNITY_OF_COMMUNES,
    URBAN_COMMUNITY,
    NATURAL_PARK,
    CITY,
    AGENCY,
    OTHER
}
