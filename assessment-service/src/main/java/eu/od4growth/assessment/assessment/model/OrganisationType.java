package eu.od4growth.assessment.assessment.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of public body the OD4Growth deck names as respondents. */
@Schema(description = "Kind of public body answering an assessment, as OD4Growth distinguishes them (regional council, département, intercommunal bodies, natural park, city, agency, other); used to group organisations in benchmarks")
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
