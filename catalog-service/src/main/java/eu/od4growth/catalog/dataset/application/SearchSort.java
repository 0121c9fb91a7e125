package eu.od4growth.catalog.dataset.application;

import java.util.Locale;

/** The orders of a catalogue search; each ends on the id, so that pages and cursors never skip or repeat a dataset. */
public enum SearchSort {
    RELEVANCE("relevance", "rank", true),
    TITLE("title", "sort_title", false),
    TITLE_DESC("-title", "sort_title", true),
    MODIFIED("modified", "updated_at", false),
    MODIFIED_DESC("-modified", "updated_at", true),
    QUALITY("quality", "quality_score", false),
    QUALITY_DESC("-quality", "quality_score", true);

    public final String parameter;
    final String key;
    final boolean descending;

    SearchSort(String parameter, String key, boolean descending) {
        this.parameter = parameter;
        this.key = key;
        this.descending = descending;
    }

    /**
     * The sort named {@code parameter} ({@code relevance}, {@code title}, {@code -title}, {@code modified},
     * {@code -modified}, {@code quality}, {@code -quality}).
     */
    public static SearchSort of(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        for (SearchSort sort : values()) {
            if (sort.parameter.equals(parameter.strip().toLowerCase(Locale.ROOT))) {
                return sort;
            }
        }
        return null;
    }

    /** The SQL expression of the sort key; a dataset not assessed yet sorts as if it had no points. */
    String expression() {
        return this == QUALITY || this == QUALITY_DESC ? "coalesce(d.quality_score, 0)" : "d." + key;
    }

    /** The SQL type of the sort key, to read a cursor's key back. */
    String keyType() {
        return switch (this) {
            case RELEVANCE -> "real";
            case TITLE, TITLE_DESC -> "text";
            case QUALITY, QUALITY_DESC -> "numeric";
            default -> "timestamptz";
        };
    }
}
