package eu.od4growth.common.paging;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: its items, where it is, and how many items the whole list has. */
public record PageResponse<T>(
        List<T> items,
        @Schema(description = "Index of this page, from 0") int page,
        @Schema(description = "Maximum number of items per page") int size,
        @Schema(description = "Number of items in the whole list") long total) {

    public long lastPage() {
        return total == 0 ? 0 : (total - 1) / size;
    }
}
