package eu.od4growth.common.i18n;

/** The languages of the OD4Growth partners, in which every multilingual text of the suite may be written. */
public final class Languages {

    /** For {@code @Pattern} on the keys of a multilingual text ({@code Map<language, text>}). */
    public static final String PATTERN = "fr|en|it|pl|es|hu|lv|lt|el";
    public static final String MESSAGE = "must be one of the languages fr, en, it, pl, es, hu, lv, lt, el";

    private Languages() {
    }
}
