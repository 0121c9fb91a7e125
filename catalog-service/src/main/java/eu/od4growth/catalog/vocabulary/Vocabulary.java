package eu.od4growth.catalog.vocabulary;

import java.util.Locale;

/** The vocabularies of the catalogue; the path segment of each is its name in lower case with dashes. */
public enum Vocabulary {
    THEMES,
    FREQUENCIES,
    FILE_TYPES,
    LICENSES,
    ACCESS_RIGHTS,
    LANGUAGES,
    HVD_CATEGORIES,
    AVAILABILITIES,
    DISTRIBUTION_STATUSES,
    CHECKSUM_ALGORITHMS;

    /** The name in URLs and in the {@code vocabulary_term} table, e.g. {@code file-types}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
