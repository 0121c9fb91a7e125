package eu.od4growth.catalog.dataset.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a catalogue search, with the facets of the whole result. */
@Schema(name = "DatasetSearchResult")
public record DatasetSearchView(List<DatasetView> items, @Schema(description = "Index of this page, from 0") int page,
        @Schema(description = "Maximum number of items per page") int size,
        @Schema(description = "Number of datasets that match") long total,
        @Schema(description = "Counts per value of theme, organization, format, license, keyword, hvdCategory, frequency and rating (metadata quality), over all matching datasets (at most 30 values each, the most frequent first)") Map<String, List<FacetValue>> facets,
        @Schema(description = "Pass as cursor to read the datasets after this page; absent on the last page") String nextCursor) {

    /** How many matching datasets have one value of a facet. */
    @Schema(name = "FacetValue")
    public record FacetValue(String value,
            @Schema(description = "Label per language, for vocabulary codes and organizations") Map<String, String> label,
            long count) {
    }
}
