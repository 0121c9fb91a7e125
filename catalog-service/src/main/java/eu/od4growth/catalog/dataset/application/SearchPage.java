package eu.od4growth.catalog.dataset.application;

import java.util.List;
import java.util.Map;

import eu.od4growth.catalog.dataset.model.Dataset;

/** One page of search results with the facets of the whole result and, when more follow, the cursor to them. */
public record SearchPage(List<Dataset> items, long total, Map<String, List<FacetCount>> facets, String nextCursor) {

    /** How many matching datasets have one value of a facet. */
    public record FacetCount(String value, long count) {
    }
}
