package eu.od4growth.catalog.harvest;

/** What a harvest source speaks. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "DCAT: a DCAT-AP catalogue (Turtle, RDF/XML, JSON-LD, Hydra paging); CKAN: a CKAN site")
public enum HarvestKind {
    /** A DCAT-AP catalogue in Turtle, RDF/XML or JSON-LD, paged with Hydra. */
    DCAT,
    /** A CKAN site (its Action API's package_search). */
    CKAN
}
