package eu.od4growth.catalog.dataset.model;

/** The web addresses a dataset refers to (landing pages, access URLs, schemas, legislation): absolute http(s) URLs. */
public final class Urls {

    public static final String PATTERN = "https?://[^\\s/?#]+[^\\s]*";
    public static final String MESSAGE = "must be an absolute http(s) URL";
    /** A NUTS code (country, then up to three levels), e.g. FRF, ITH3, FRF11. */
    public static final String NUTS = "[A-Z]{2}[0-9A-Z]{0,3}";

    private Urls() {
    }
}
