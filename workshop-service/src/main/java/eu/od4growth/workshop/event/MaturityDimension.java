package eu.od4growth.workshop.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The four dimensions of the EU Open Data Maturity assessment that an event may strengthen. */
@Schema(description = "A dimension of the EU Open Data Maturity assessment: POLICY, IMPACT, PORTAL or QUALITY")
public enum MaturityDimension {
    POLICY,
    IMPACT,
    PORTAL,
    QUALITY
}
