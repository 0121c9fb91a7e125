package eu.od4growth.catalog.reuse;

/** What a reuse is. */
public enum ReuseType {
    APPLICATION,
    VISUALISATION,
    ARTICLE,
    API,
    OTHER
}
