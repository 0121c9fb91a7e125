package eu.od4growth.assessment.assessment.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** From where a respondent looks at open data, as the deck distinguishes them. */
@Schema(description = "From where the respondent looks at open data: as a data provider, as a data user, or as a public authority serving citizens")
public enum PointOfView {
    DATA_PROVIDER,
    DATA_USER,
    PUBLIC_AUTHORITY_CITIZEN
}
