package eu.od4growth.contracts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedList;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.DiffContext;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedPattern;

/**
 * The reasons why a changed contract breaks its clients, read from openapi-diff's result: every element the tool
 * judges incompatible, named by operation and kind of change, with two corrections of ours. Stricter: a property
 * removed from a response breaks, even an optional one (the tool accepts that since its issue 198), because a
 * generated client's readers of it silently get nothing. More lenient: a request pattern that is a plain alternation
 * of literals and only gains alternatives ({@code a|b} to {@code a|b|c}) still accepts every value it accepted, yet
 * the tool judges any pattern change incompatible; such a widening is listed as accepted.
 */
final class BreakingChanges {

    private final Set<String> reasons = new LinkedHashSet<>();
    private final Set<String> accepted = new LinkedHashSet<>();
    private final Set<Changed> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private BreakingChanges() {
    }

    /** The reasons a client breaks (empty when none) and the tool's incompatibilities we accept, in two lists. */
    record Found(List<String> reasons, List<String> accepted) {
    }

    static Found of(ChangedOpenApi diff) {
        BreakingChanges found = new BreakingChanges();
        for (Endpoint endpoint : diff.getMissingEndpoints()) {
            found.reasons.add(endpoint.getMethod() + " " + endpoint.getPathUrl() + ": operation removed");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            found.walk(operation, operation.getHttpMethod() + " " + operation.getPathUrl());
        }
        if (diff.isChanged().isIncompatible() && found.reasons.isEmpty() && found.accepted.isEmpty()) {
            found.reasons.add("incompatible according to openapi-diff (see its report)");
        }
        return new Found(new ArrayList<>(found.reasons), new ArrayList<>(found.accepted));
    }

    private void walk(Changed changed, String where) {
        if (changed == null || !seen.add(changed)) {
            return; // a recursive schema's result refers back to itself
        }
        if (changed instanceof ChangedSchema) {
            removedResponseProperties((ChangedSchema) changed, where);
        }
        if (changed instanceof ComposedChanged) {
            ComposedChanged composed = (ComposedChanged) changed;
            if (composed.isCoreChanged().isIncompatible()) {
                if (changed instanceof ChangedSchema && wrappedWithSameType((ChangedSchema) changed)) {
                    accepted.add(where + ": " + describe(changed) + " (the same type, now wrapped in allOf)");
                } else {
                    reasons.add(where + ": " + describe(changed));
                }
            }
            String inner = changed instanceof ChangedParameter ? where + " parameter " + ((ChangedParameter) changed).getName()
                    : where;
            for (Changed element : composed.getChangedElements()) {
                walk(element, inner);
            }
        } else if (changed.isIncompatible()) {
            if (changed instanceof ChangedPattern && widenedRequestAlternation((ChangedPattern) changed)) {
                accepted.add(where + ": " + describe(changed) + " (only gains alternatives)");
            } else {
                reasons.add(where + ": " + describe(changed));
            }
        }
    }

    private void removedResponseProperties(ChangedSchema schema, String where) {
        DiffContext context = schema.getContext();
        if (context != null && context.isResponse() && schema.getMissingProperties() != null) {
            for (String property : schema.getMissingProperties().keySet()) {
                reasons.add(where + ": response property '" + property + "' removed");
            }
        }
    }

    /**
     * A $ref that gained a description is written as {@code allOf: [$ref]} with it; openapi-diff reports a type change
     * although the type is the same: compatible when that is the only incompatible difference of the schema itself.
     */
    static boolean wrappedWithSameType(ChangedSchema schema) {
        String before = type(schema.getOldSchema());
        String after = type(schema.getNewSchema());
        boolean wrapped = schema.getNewSchema() instanceof io.swagger.v3.oas.models.media.ComposedSchema
                || schema.getOldSchema() instanceof io.swagger.v3.oas.models.media.ComposedSchema;
        return schema.isChangedType() && wrapped && !"null".equals(before) && before.equals(after)
                && !schema.isChangeFormat() && !schema.isDiscriminatorPropertyChanged();
    }

    static boolean widenedRequestAlternation(ChangedPattern pattern) {
        if (pattern.getContext() != null && pattern.getContext().isResponse()) {
            return false;
        }
        String before = pattern.getOldPattern();
        String after = pattern.getNewPattern();
        String literals = "[A-Za-z0-9_\\-]+(\\|[A-Za-z0-9_\\-]+)*";
        if (before == null || after == null || !before.matches(literals) || !after.matches(literals)) {
            return false;
        }
        return new HashSet<>(Arrays.asList(after.split("\\|"))).containsAll(Arrays.asList(before.split("\\|")));
    }

    private static String describe(Changed changed) {
        if (changed instanceof ChangedPattern) {
            ChangedPattern pattern = (ChangedPattern) changed;
            return "pattern '" + pattern.getOldPattern() + "' changed to '" + pattern.getNewPattern() + "'";
        }
        if (changed instanceof ChangedList) {
            ChangedList<?> list = (ChangedList<?>) changed;
            return kind(changed) + (list.getMissing().isEmpty() ? "" : " lost " + list.getMissing())
                    + (list.getIncreased().isEmpty() ? "" : " gained " + list.getIncreased());
        }
        if (changed instanceof ChangedSchema) {
            ChangedSchema schema = (ChangedSchema) changed;
            if (schema.isChangedType()) {
                return "type changed from " + type(schema.getOldSchema()) + " to " + type(schema.getNewSchema());
            }
            return "schema changed incompatibly";
        }
        if (changed instanceof ChangedParameters) {
            List<String> missing = new ArrayList<>();
            ((ChangedParameters) changed).getMissing().forEach(p -> missing.add(p.getName() + " in " + p.getIn()));
            return missing.isEmpty() ? "parameters changed incompatibly" : "parameters removed " + missing;
        }
        if (changed instanceof ChangedParameter) {
            ChangedParameter parameter = (ChangedParameter) changed;
            return "parameter " + parameter.getName() + (parameter.isChangeRequired() ? " became required"
                    : " changed incompatibly");
        }
        if (changed instanceof ChangedApiResponse) {
            ChangedApiResponse responses = (ChangedApiResponse) changed;
            return responses.getMissing().isEmpty() ? "responses changed incompatibly"
                    : "responses removed " + responses.getMissing().keySet();
        }
        if (changed instanceof ChangedContent) {
            ChangedContent content = (ChangedContent) changed;
            return content.getMissing().isEmpty() ? "content changed incompatibly"
                    : "media types removed " + content.getMissing().keySet();
        }
        return kind(changed) + " changed incompatibly";
    }

    private static String kind(Changed changed) {
        String name = changed.getClass().getSimpleName().replaceFirst("^Changed", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    private static String type(io.swagger.v3.oas.models.media.Schema<?> schema) {
        return schema == null ? "none" : String.valueOf(schema.getType());
    }
}
