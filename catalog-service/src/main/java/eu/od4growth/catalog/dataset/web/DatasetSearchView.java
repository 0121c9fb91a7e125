package eu.od4growth.catalog.dataset.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a catalogue search, with the facets of the whole result. */
@Schema(name = "DatasetSearchResult", description = "One page of a catalogue search: the matching datasets, the paging fields, the facets of the whole result and a cursor to read on")
public record DatasetSearchView(
        @Schema(description = "The datasets of this page, in the requested order") List<DatasetView> items,
        @Schema(description = "Index of this page, from 0", examples = "0") int page,
        @Schema(description = "Maximum number of items per page", examples = "20") int size,
        @Schema(description = "Number of datasets that match", examples = "57") long total,
        @Schema(description = "Counts per value of theme, organization, format, license, keyword, hvdCategory, frequency and rating (metadata quality), over all matching datasets (at most 30 values each, the most frequent first)") Map<String, List<FacetValue>> facets,
        @Schema(description = "Pass as cursor to read the datasets after this page; absent on the last page") String nextCursor) {

    /** How many matching datasets have one value of a facet. */
    @Schema(name = "FacetValue", description = "How many matching datasets have one value of a facet, with the value's label")
    public record FacetValue(
            @Schema(description = "The value, as the search's filter of that facet takes it: a vocabulary code, an organization slug, a keyword or a rating", examples = "ENVI") String value,
            @Schema(description = "Label per language, for vocabulary codes and organizations") Map<String, String> label,
            @Schema(description = "Number of matching datasets with this value", examples = "12") long count) {
    }
}
