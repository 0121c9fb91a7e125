package eu.od4growth.common.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL condition with its named parameters, built from optional parts: a part whose value is null is left out, so
 * a list's optional query parameters become one query without string juggling in each service.
 */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private Filter() {
    }

    /** A filter that keeps everything (until parts are added). */
    public static Filter all() {
        return new Filter();
    }

    /** Adds {@code condition} (which uses {@code :name}) when {@code value} is not null. */
    public Filter and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition without parameters, or whose parameters come with {@link #with}. */
    public Filter and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a parameter used by a condition added with {@link #and(String)}. */
    public Filter with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** The JPQL {@code where} clause without the keyword: every part in parentheses, joined by {@code and}. */
    public String query() {
        return conditions.stream().map(c -> "(" + c + ")").reduce((a, b) -> a + " and " + b).orElse("");
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }
}
