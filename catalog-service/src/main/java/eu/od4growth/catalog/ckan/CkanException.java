package eu.od4growth.catalog.ckan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal in CKAN's terms: the HTTP status and the {@code error} object CKAN answers ({@code __type} and a message,
 * or, for a validation error, the messages per field).
 */
class CkanException extends RuntimeException {

    final int status;
    final Map<String, Object> error;

    private CkanException(int status, Map<String, Object> error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    static CkanException notFound(String message) {
        return of(404, "Not Found Error", message);
    }

    static CkanException badRequest(String message) {
        return of(400, "Bad Request", "Bad request - " + message);
    }

    static CkanException searchQuery(String message) {
        return of(409, "Search Query Error", "Search Query Error: " + message);
    }

    /** CKAN's 409 "Validation Error": {@code {"__type": "Validation Error", "rows": ["Invalid integer"]}}. */
    static CkanException validation(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", "Validation Error");
        error.put(field, List.of(message));
        return new CkanException(409, error, field + ": " + message);
    }

    private static CkanException of(int status, String type, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("__type", type);
        return new CkanException(status, error, message);
    }
}
