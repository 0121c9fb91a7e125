package eu.od4growth.catalog.organisation;

/** The kinds of public body OD4Growth works with. */
public enum OrganisationKind {
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
