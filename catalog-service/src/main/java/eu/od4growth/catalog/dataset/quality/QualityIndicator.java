package eu.od4growth.catalog.dataset.quality;

/**
 * The MQA indicators with their points and what a publisher does to meet each. Dataset indicators count fully or not
 * at all; distribution indicators count the share of the distributions that meet them; the interoperability ones
 * count the best distribution.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "An MQA indicator")
public enum QualityIndicator {
    KEYWORDS(QualityDimension.FINDABILITY, 30, Scope.DATASET, "Add keywords"),
    THEMES(QualityDimension.FINDABILITY, 30, Scope.DATASET, "Add a theme from the EU data themes"),
    SPATIAL(QualityDimension.FINDABILITY, 20, Scope.DATASET, "Add the spatial coverage (a NUTS code)"),
    TEMPORAL(QualityDimension.FINDABILITY, 20, Scope.DATASET, "Add the temporal coverage (start or end date)"),
    ACCESS_URL_ANSWERS(QualityDimension.ACCESSIBILITY, 50, Scope.DISTRIBUTIONS,
            "Make every access URL answer with a 2xx or 3xx status"),
    DOWNLOAD_URL(QualityDimension.ACCESSIBILITY, 20, Scope.DISTRIBUTIONS, "Give every distribution a download URL"),
    DOWNLOAD_URL_ANSWERS(QualityDimension.ACCESSIBILITY, 30, Scope.DISTRIBUTIONS,
            "Make every download URL answer with a 2xx or 3xx status"),
    FORMAT(QualityDimension.INTEROPERABILITY, 20, Scope.BEST_DISTRIBUTION, "Give a distribution a format"),
    MEDIA_TYPE(QualityDimension.INTEROPERABILITY, 10, Scope.BEST_DISTRIBUTION, "Give a distribution a media type"),
    FORMAT_FROM_VOCABULARY(QualityDimension.INTEROPERABILITY, 10, Scope.BEST_DISTRIBUTION,
            "Take a distribution's format from the file-types vocabulary"),
    NON_PROPRIETARY(QualityDimension.INTEROPERABILITY, 20, Scope.BEST_DISTRIBUTION,
            "Offer a distribution in a non-proprietary format (e.g. CSV, JSON, GeoJSON)"),
    MACHINE_READABLE(QualityDimension.INTEROPERABILITY, 20, Scope.BEST_DISTRIBUTION,
            "Offer a distribution in a machine-readable format (e.g. CSV, JSON)"),
    DCAT_AP_COMPLIANT(QualityDimension.INTEROPERABILITY, 30, Scope.DATASET,
            "Fix what the DCAT-AP 3.0.1 shapes report (see violations)"),
    LICENCE(QualityDimension.REUSABILITY, 20, Scope.DISTRIBUTIONS, "Add a licence"),
    LICENCE_FROM_VOCABULARY(QualityDimension.REUSABILITY, 10, Scope.DISTRIBUTIONS,
            "Add a licence from the vocabulary"),
    ACCESS_RIGHTS(QualityDimension.REUSABILITY, 10, Scope.DATASET, "Add the access rights"),
    ACCESS_RIGHTS_FROM_VOCABULARY(QualityDimension.REUSABILITY, 5, Scope.DATASET,
            "Add the access rights from the vocabulary (PUBLIC, RESTRICTED, NON_PUBLIC)"),
    CONTACT_POINT(QualityDimension.REUSABILITY, 20, Scope.DATASET, "Add a contact point"),
    PUBLISHER(QualityDimension.REUSABILITY, 10, Scope.DATASET,
            "Register the publisher organization in the directory"),
    RIGHTS(QualityDimension.CONTEXTUALITY, 5, Scope.DISTRIBUTIONS, "Add a rights statement to every distribution"),
    BYTE_SIZE(QualityDimension.CONTEXTUALITY, 5, Scope.DISTRIBUTIONS, "Give the byte size of every distribution"),
    ISSUED(QualityDimension.CONTEXTUALITY, 5, Scope.DATASET, "Add the issue date (publishing sets it when absent)"),
    MODIFIED(QualityDimension.CONTEXTUALITY, 5, Scope.DATASET, "Add the modification date");

    /** What an indicator counts. */
    public enum Scope {
        DATASET,
        DISTRIBUTIONS,
        BEST_DISTRIBUTION
    }

    public final QualityDimension dimension;
    public final int weight;
    public final Scope scope;
    /** What to do to gain the indicator's points. */
    public final String action;

    QualityIndicator(QualityDimension dimension, int weight, Scope scope, String action) {
        this.dimension = dimension;
        this.weight = weight;
        this.scope = scope;
        this.action = action;
    }
}
