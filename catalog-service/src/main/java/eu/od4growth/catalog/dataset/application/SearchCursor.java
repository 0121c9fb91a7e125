package eu.od4growth.catalog.dataset.application;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.ProblemType;

/**
 * Where a walk through search results stopped: the sort, the last dataset's sort key and id. Opaque to clients
 * (base64url), so it can walk the whole catalogue with a constant cost per page, without any row cap.
 */
record SearchCursor(SearchSort sort, String key, UUID id) {

    String encode() {
        String raw = sort.parameter + "\n" + id + "\n" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back; one it did not receive, or made for another sort, is a 400 problem. */
    static SearchCursor decode(String cursor, SearchSort expected) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 3);
            SearchSort sort = SearchSort.of(parts[0]);
            if (parts.length != 3 || sort == null) {
                throw new IllegalArgumentException("incomplete");
            }
            if (sort != expected) {
                throw new ProblemException(ProblemType.MALFORMED,
                        "The cursor was made for sort=" + sort.parameter + "; send the same sort with it");
            }
            if (sort == SearchSort.RELEVANCE) {
                Float.parseFloat(parts[2]);
            } else if (sort == SearchSort.QUALITY || sort == SearchSort.QUALITY_DESC) {
                new java.math.BigDecimal(parts[2]);
            } else if (sort == SearchSort.MODIFIED || sort == SearchSort.MODIFIED_DESC) {
                java.time.Instant.parse(parts[2]);
            }
            return new SearchCursor(sort, parts[2], UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | java.time.DateTimeException | ArrayIndexOutOfBoundsException e) {
            throw new ProblemException(ProblemType.MALFORMED,
                    "The cursor is not one this API gave; use the nextCursor of a previous answer");
        }
    }
}
