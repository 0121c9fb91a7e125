package eu.od4growth.assessment.benchmark.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.od4growth.common.problem.Violations;

/**
 * The figures of a population of organisations, for everyone matching some criteria and per group, without ever
 * exposing fewer than k organisations, alone or by difference:
 * <ol>
 * <li>a group of fewer than k organisations is suppressed (no figure, not even its count);</li>
 * <li>a query about at least k organisations is refused when a wider query (a filter dropped, a region widened to a
 * parent level) differs from it by fewer than k organisations, but not none: subtracting the two would expose them (a
 * query about fewer than k shows no figure, so there is nothing to subtract);</li>
 * <li>a group is suppressed when a wider query differs from it by fewer than k organisations (the total minus this
 * group would expose the others);</li>
 * <li>complementary suppression: when the suppressed groups of one answer hold fewer than k organisations together,
 * the smallest shown groups are suppressed as well until they hold at least k (the total minus the shown groups would
 * expose them otherwise).</li>
 * </ol>
 * A dimension's figures within a shown group are suppressed too when fewer than k organisations have a percentage in
 * it (a dimension where nothing applied to some of them). Rules 2 and 3 also compare with the same query over the
 * other scopes the caller may ask (a campaign's with all the campaigns of its model): organisations present in one
 * scope only, or counted there with another assessment, must be none or at least k.
 */
public final class Benchmark {

    private Benchmark() {
    }

    /** The figures of a group, or only its key and why it is suppressed. */
    public record Cell(String key, boolean suppressed, String reason, Summary total, Map<String, Summary> dimensions) {

        int count() {
            return total == null ? 0 : total.count();
        }
    }

    /** The answer: the figures of everyone matching, and of each group if a grouping was asked. */
    public record Result(int k, Criteria criteria, Attribute groupBy, Cell all, List<Cell> groups) {
    }

    /**
     * Computes the figures of the organisations of {@code population} matching {@code criteria}, grouped by
     * {@code groupBy} (null: no groups); a region groups by the NUTS level just below the region filter (countries when
     * there is none). Refuses (400 naming the filter) a query that differs from a wider one by 1 to k−1 organisations.
     */
    public static Result of(List<Respondent> population, Criteria criteria, Attribute groupBy, int k,
            List<String> dimensions) {
        return of(population, criteria, groupBy, k, dimensions, List.of());
    }

    /**
     * The same, also refusing the query (400 naming {@code campaign}) or suppressing a group when the same query over
     * one of {@code otherScopes} would differ from it by 1 to k−1 organisations.
     */
    public static Result of(List<Respondent> population, Criteria criteria, Attribute groupBy, int k,
            List<String> dimensions, List<List<Respondent>> otherScopes) {
        refuseDifferencing(population, criteria, k);
        refuseAcrossScopes(population, otherScopes, criteria, k);
        List<Respondent> matching = population.stream().filter(criteria::matches).toList();
        Cell all = cell("all", matching, dimensions, k, matching.size() < k ? "fewer than k organisations" : null);
        List<Cell> groups = new ArrayList<>();
        if (groupBy != null) {
            Map<String, List<Respondent>> byKey = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
            for (Respondent respondent : matching) {
                byKey.computeIfAbsent(key(respondent, criteria, groupBy), x -> new ArrayList<>()).add(respondent);
            }
            Map<String, Integer> sizes = new LinkedHashMap<>();
            Map<String, String> reasons = new LinkedHashMap<>();
            byKey.forEach((key, members) -> {
                sizes.put(key, members.size());
                Criteria cell = cellCriteria(criteria, groupBy, key);
                String reason = members.size() < k ? "fewer than k organisations"
                        : differencing(population, cell, members.size(), k);
                if (reason == null && acrossScopes(population, otherScopes, cell, k)) {
                    reason = "would expose fewer than k organisations by difference with the other campaigns of the model";
                }
                if (reason != null) {
                    reasons.put(key, reason);
                }
            });
            complement(sizes, reasons, k);
            byKey.forEach((key, members) -> groups.add(cell(key, members, dimensions, k, reasons.get(key))));
        }
        return new Result(k, criteria, groupBy, all, groups);
    }

    /** The key of a respondent's group: its type, point of view, or region one level below the region filter. */
    public static String key(Respondent respondent, Criteria criteria, Attribute groupBy) {
        switch (groupBy) {
            case TYPE:
                return respondent.type();
            case POINT_OF_VIEW:
                return respondent.pointOfView();
            default:
                int length = criteria.region() == null ? 2 : criteria.region().length() + 1;
                String nuts = respondent.nuts();
                return nuts == null || nuts.length() < length ? UNSPECIFIED : nuts.substring(0, length);
        }
    }

    /** The group of organisations whose NUTS code is no finer than the level grouped on. */
    public static final String UNSPECIFIED = "unspecified";

    static Criteria cellCriteria(Criteria criteria, Attribute groupBy, String key) {
        if (groupBy == Attribute.REGION && UNSPECIFIED.equals(key)) {
            return criteria.with(groupBy, criteria.region() == null ? "" : criteria.region(), true);
        }
        return criteria.with(groupBy, key, false);
    }

    private static void refuseDifferencing(List<Respondent> population, Criteria criteria, int k) {
        long size = population.stream().filter(criteria::matches).count();
        if (size < k) {
            return; // its figures are suppressed anyway: nothing to subtract
        }
        for (Criteria wider : criteria.relaxations()) {
            long difference = population.stream().filter(wider::matches).count() - size;
            if (difference > 0 && difference < k) {
                Violations violations = new Violations();
                String message = "compared with the same query for " + wider.describe() + ", it would single out "
                        + "fewer than k = " + k + " organisations (differencing); widen or drop this filter";
                if (criteria.type() != null && wider.type() == null) {
                    violations.add(Attribute.TYPE.parameter(), message);
                }
                if (criteria.pointOfView() != null && wider.pointOfView() == null) {
                    violations.add(Attribute.POINT_OF_VIEW.parameter(), message);
                }
                if (criteria.region() != null && !criteria.region().equals(wider.region())) {
                    violations.add(Attribute.REGION.parameter(), message);
                }
                violations.throwIfAny();
            }
        }
    }

    private static void refuseAcrossScopes(List<Respondent> population, List<List<Respondent>> otherScopes,
            Criteria criteria, int k) {
        if (acrossScopes(population, otherScopes, criteria, k)) {
            new Violations().add("campaign", "compared with the same query across all the campaigns of the model, it "
                    + "would single out fewer than k = " + k + " organisations (differencing); ask across the model instead")
                    .throwIfAny();
        }
    }

    /**
     * Whether the organisations matching {@code criteria} here and in one of the other scopes, both at least k, differ
     * by 1 to k−1 organisations (present in one only, or with another assessment).
     */
    static boolean acrossScopes(List<Respondent> population, List<List<Respondent>> otherScopes, Criteria criteria,
            int k) {
        Map<String, String> here = assessments(population, criteria);
        if (here.size() < k) {
            return false;
        }
        for (List<Respondent> scope : otherScopes) {
            Map<String, String> there = assessments(scope, criteria);
            if (there.size() < k) {
                continue;
            }
            long apart = here.entrySet().stream().filter(e -> !e.getValue().equals(there.get(e.getKey()))).count()
                    + there.keySet().stream().filter(o -> !here.containsKey(o)).count();
            if (apart > 0 && apart < k) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> assessments(List<Respondent> population, Criteria criteria) {
        Map<String, String> byOrganisation = new java.util.HashMap<>();
        population.stream().filter(criteria::matches)
                .forEach(r -> byOrganisation.put(r.organisation(), String.valueOf(r.assessment())));
        return byOrganisation;
    }

    /** Why a group must be suppressed because a wider query differs from it by 1 to k−1 organisations; else null. */
    private static String differencing(List<Respondent> population, Criteria cell, int size, int k) {
        for (Criteria wider : cell.relaxations()) {
            long difference = population.stream().filter(wider::matches).count() - size;
            if (difference > 0 && difference < k) {
                return "would expose fewer than k organisations by difference with " + wider.describe();
            }
        }
        return null;
    }

    /** Suppresses the smallest shown groups until the suppressed ones hold none or at least k organisations. */
    static void complement(Map<String, Integer> sizes, Map<String, String> reasons, int k) {
        int hidden = reasons.keySet().stream().mapToInt(sizes::get).sum();
        while (hidden > 0 && hidden < k) {
            String smallest = sizes.keySet().stream().filter(key -> !reasons.containsKey(key))
                    .min(Comparator.comparingInt(sizes::get)).orElse(null);
            if (smallest == null) {
                return;
            }
            reasons.put(smallest, "complementary suppression: with the total, it would expose a suppressed group");
            hidden += sizes.get(smallest);
        }
    }

    private static Cell cell(String key, List<Respondent> members, List<String> dimensions, int k, String reason) {
        if (reason != null) {
            return new Cell(key, true, reason, null, null);
        }
        Map<String, Summary> byDimension = new LinkedHashMap<>();
        for (String dimension : dimensions) {
            Summary summary = Summary.of(members.stream().map(m -> m.dimensions().get(dimension)).toList());
            byDimension.put(dimension, summary == null || summary.count() < k ? null : summary);
        }
        return new Cell(key, false, null, Summary.of(members.stream().map(Respondent::total).toList()), byDimension);
    }
}
