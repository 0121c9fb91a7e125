package eu.od4growth.catalog.dataset.application;

import java.util.List;

import eu.od4growth.catalog.dataset.model.DatasetStatus;
import eu.od4growth.catalog.dataset.quality.QualityRating;

/**
 * A catalogue search: full-text {@code q}, filters (several values of one filter are alternatives, different filters
 * all apply), a sort, and either a page or a cursor from a previous answer.
 */
public record SearchCriteria(String q, List<String> themes, List<String> organizations, List<String> formats,
        List<String> licenses, List<String> keywords, List<String> hvdCategories, List<String> frequencies,
        List<QualityRating> ratings, DatasetStatus status, SearchSort sort, String cursor, int page, int size,
        Long start) {

    /** A search by page (of {@code size}) or cursor. */
    public SearchCriteria(String q, List<String> themes, List<String> organizations, List<String> formats,
            List<String> licenses, List<String> keywords, List<String> hvdCategories, List<String> frequencies,
            List<QualityRating> ratings, DatasetStatus status, SearchSort sort, String cursor, int page, int size) {
        this(q, themes, organizations, formats, licenses, keywords, hvdCategories, frequencies, ratings, status, sort,
                cursor, page, size, null);
    }

    /** How many matching datasets come before the first one answered: {@code start} if given, else by page. */
    public long offset() {
        return start != null ? start : (long) page * size;
    }

    public SearchCriteria {
        q = q == null || q.isBlank() ? null : q.strip();
        themes = orEmpty(themes);
        organizations = orEmpty(organizations);
        formats = orEmpty(formats);
        licenses = orEmpty(licenses);
        keywords = orEmpty(keywords).stream().map(k -> k.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        hvdCategories = orEmpty(hvdCategories);
        frequencies = orEmpty(frequencies);
        ratings = ratings == null ? List.of() : ratings.stream().filter(java.util.Objects::nonNull).toList();
        sort = sort != null ? sort : q != null ? SearchSort.RELEVANCE : SearchSort.TITLE;
        cursor = cursor == null || cursor.isBlank() ? null : cursor;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
