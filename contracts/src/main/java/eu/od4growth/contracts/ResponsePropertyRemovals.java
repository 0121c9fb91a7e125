package eu.od4growth.contracts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.DiffContext;

/** Finds the properties that a changed contract removed from a response body, anywhere in openapi-diff's result. */
final class ResponsePropertyRemovals {

    private ResponsePropertyRemovals() {
    }

    /** "GET /api/things/{id}: name" for each removed response property, sorted. */
    static List<String> of(ChangedOpenApi diff) {
        Set<String> found = new TreeSet<>();
        walk(diff, Collections.newSetFromMap(new IdentityHashMap<>()), found);
        return new ArrayList<>(found);
    }

    private static void walk(Changed changed, Set<Changed> seen, Set<String> found) {
        if (changed == null || !seen.add(changed)) {
            return; // a recursive schema's result refers back to itself
        }
        if (changed instanceof ChangedSchema) {
            ChangedSchema schema = (ChangedSchema) changed;
            DiffContext context = schema.getContext();
            if (context != null && context.isResponse() && schema.getMissingProperties() != null) {
                for (String property : schema.getMissingProperties().keySet()) {
                    found.add(context.getMethod() + " " + context.getUrl() + ": " + property);
                }
            }
        }
        if (changed instanceof ComposedChanged) {
            for (Changed element : ((ComposedChanged) changed).getChangedElements()) {
                walk(element, seen, found);
            }
        }
    }
}
