package eu.od4growth.catalog.reuse;

/** What a reuse is. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "What a reuse is")
public enum ReuseType {
    APPLICATION,
    VISUALISATION,
    ARTICLE,
    API,
    OTHER
}
