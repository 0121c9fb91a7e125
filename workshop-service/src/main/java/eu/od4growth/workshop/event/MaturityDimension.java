package eu.od4growth.workshop.event;

/** The four dimensions of the EU Open Data Maturity assessment that an event may strengthen. */
public enum MaturityDimension {
    POLICY,
    IMPACT,
    PORTAL,
    QUALITY
}
