package eu.od4growth.assessment.benchmark.application;

import java.util.Map;

import eu.od4growth.assessment.benchmark.model.Summary;

/**
 * The caller's organisation against the benchmark of its group: its own percentages, and where they stand in the
 * group's quartiles when the group is shown (at least k organisations).
 */
public record Position(String organization, String group, boolean compared, Double total, Summary.Position totalPosition,
        Map<String, Double> dimensions, Map<String, Summary.Position> dimensionPositions) {
}
