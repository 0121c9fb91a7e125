package eu.od4growth.catalog.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of public body OD4Growth works with. */
@Schema(name = "OrganizationKind", description = "The kind of public body an organization is (exported as the DCAT-AP publisher type): regional council, French département, agglomeration, community of communes or urban community, regional natural park, city, public agency, or other")
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
