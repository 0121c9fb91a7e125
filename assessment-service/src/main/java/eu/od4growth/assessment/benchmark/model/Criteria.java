package eu.od4growth.assessment.benchmark.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which organisations a figure is about: a type, a point of view, a region (a NUTS code and everything inside it, or,
 * when {@code exactRegion}, the organisations that gave exactly that code and nothing finer; "" with exactRegion:
 * those that gave none). Null parts match everyone.
 */
public record Criteria(String type, String pointOfView, String region, boolean exactRegion) {

    public static final Criteria EVERYONE = new Criteria(null, null, null, false);

    public boolean matches(Respondent respondent) {
        return (type == null || type.equals(respondent.type()))
                && (pointOfView == null || pointOfView.equals(respondent.pointOfView())) && matchesRegion(respondent.nuts());
    }

    private boolean matchesRegion(String nuts) {
        if (region == null) {
            return true;
        }
        if (exactRegion) {
            return region.isEmpty() ? nuts == null : region.equals(nuts);
        }
        return nuts != null && nuts.startsWith(region);
    }

    public Criteria with(Attribute attribute, String value, boolean exact) {
        switch (attribute) {
            case TYPE:
                return new Criteria(value, pointOfView, region, exactRegion);
            case POINT_OF_VIEW:
                return new Criteria(type, value, region, exactRegion);
            default:
                return new Criteria(type, pointOfView, value, exact);
        }
    }

    /**
     * Every strictly wider query an attacker could ask to subtract this one from: each part kept or dropped, and a
     * region also widened to each of its parent NUTS levels (and, if exact, to itself with what lies inside it).
     */
    public List<Criteria> relaxations() {
        List<String> types = type == null ? java.util.Collections.singletonList(null) : java.util.Arrays.asList(type, null);
        List<String> views = pointOfView == null ? java.util.Collections.singletonList(null)
                : java.util.Arrays.asList(pointOfView, null);
        List<Criteria> regions = new ArrayList<>();
        regions.add(new Criteria(null, null, null, false));
        if (region != null) {
            regions.add(new Criteria(null, null, region, exactRegion));
            if (exactRegion && !region.isEmpty()) {
                regions.add(new Criteria(null, null, region, false));
            }
            for (int length = 2; length < region.length(); length++) {
                regions.add(new Criteria(null, null, region.substring(0, length), false));
            }
        }
        List<Criteria> wider = new ArrayList<>();
        for (String t : types) {
            for (String v : views) {
                for (Criteria r : regions) {
                    Criteria candidate = new Criteria(t, v, r.region(), r.exactRegion());
                    if (!candidate.equals(this)) {
                        wider.add(candidate);
                    }
                }
            }
        }
        return wider;
    }

    /** The parts set, named by their query parameter, for messages. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (type != null) {
            parts.add("type=" + type);
        }
        if (pointOfView != null) {
            parts.add("pointOfView=" + pointOfView);
        }
        if (region != null) {
            parts.add("region=" + (region.isEmpty() ? "(none)" : region) + (exactRegion ? " exactly" : ""));
        }
        return parts.isEmpty() ? "everyone" : String.join(", ", parts);
    }
}
