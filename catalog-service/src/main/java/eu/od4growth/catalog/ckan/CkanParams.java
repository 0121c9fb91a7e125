package eu.od4growth.catalog.ckan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The parameters of an action, from the query string (GET) or the JSON body (POST), read as CKAN's validators read
 * them: a bad value is CKAN's 409 validation error naming the parameter.
 */
final class CkanParams {

    private final Map<String, Object> values;
    private final ObjectMapper json;

    CkanParams(Map<String, Object> values, ObjectMapper json) {
        this.values = values;
        this.json = json;
    }

    String string(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            value = list.isEmpty() ? null : list.get(0);
        }
        String text = value == null ? null : String.valueOf(value).strip();
        return text == null || text.isEmpty() ? null : text;
    }

    /** A natural number within {@code max}, CKAN's way: "Invalid integer", "Must be a natural number". */
    int natural(String name, int fallback, int max) {
        String text = string(name);
        if (text == null) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw CkanException.validation(name, "Invalid integer");
        }
        if (value < 0) {
            throw CkanException.validation(name, "Must be a natural number");
        }
        return Math.min(value, max);
    }

    /** An integer (facet.limit takes -1 for "all"). */
    int integer(String name, int fallback) {
        String text = string(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw CkanException.validation(name, "Invalid integer");
        }
    }

    boolean bool(String name) {
        String text = string(name);
        if (text == null) {
            return false;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on":
                return true;
            case "false", "0", "no", "off":
                return false;
            default:
                throw CkanException.validation(name, "Not a boolean: " + text);
        }
    }

    /** A list of strings: a JSON list in a query parameter ({@code ["organization","tags"]}) or in the body. */
    List<String> strings(String name) {
        Object value = values.get(name);
        if (value instanceof List<?> list && list.size() == 1 && list.get(0) instanceof String text
                && text.strip().startsWith("[")) {
            value = text;
        }
        if (value instanceof String text) {
            if (!text.strip().startsWith("[")) {
                return text.isBlank() ? List.of() : List.of(text.strip());
            }
            try {
                value = json.readValue(text, List.class);
            } catch (JsonProcessingException e) {
                throw CkanException.validation(name, "Invalid JSON list");
            }
        }
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw CkanException.validation(name, "Not a list");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String text)) {
                throw CkanException.validation(name, "Not a list of strings");
            }
            strings.add(text);
        }
        return strings;
    }
}
