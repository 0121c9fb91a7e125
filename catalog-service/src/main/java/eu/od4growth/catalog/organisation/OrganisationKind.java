package eu.od4growth.catalog.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of public body OD4Growth works with. */
@Schema(name = "OrganizationKind")
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
