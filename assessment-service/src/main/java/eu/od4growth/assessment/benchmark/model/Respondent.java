package eu.od4growth.assessment.benchmark.model;

import java.util.Map;

/**
 * One organisation in a benchmark: its profile and the percentages of its (latest) submitted assessment, per
 * dimension code and in total; a percentage is null where nothing applied. {@code assessment} tells two scopes'
 * figures of the same organisation apart (another campaign's assessment).
 */
public record Respondent(String organisation, String type, String pointOfView, String nuts, Double total,
        Map<String, Double> dimensions, String assessment) {
}
