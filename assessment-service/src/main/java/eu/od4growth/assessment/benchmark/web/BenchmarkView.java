package eu.od4growth.assessment.benchmark.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.od4growth.assessment.benchmark.application.BenchmarkAnswer;
import eu.od4growth.assessment.benchmark.application.Position;
import eu.od4growth.assessment.benchmark.model.Benchmark;
import eu.od4growth.assessment.benchmark.model.Summary;

/** A k-anonymous benchmark: everyone matching the filters, each group, and the caller's own position. */
@Schema(name = "Benchmark", description = "A k-anonymous benchmark of submitted assessments of one campaign or model: figures for everyone matching the filters, for each group, and the caller's own position. A group with fewer than k organisations is suppressed")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchmarkView(
        @Schema(description = "The campaign benchmarked; absent when across a model's campaigns") UUID campaign,
        UUID model, @Schema(description = "Code of the model", examples = "od4g-local-maturity-2026") String modelCode,
        @Schema(description = "Smallest number of organisations a figure may be about", examples = "5") int k,
        @Schema(description = "The filters applied (type, pointOfView, region)") Map<String, String> filters,
        @Schema(description = "type, region or pointOfView; absent: no groups") String groupBy,
        @Schema(description = "Everyone matching the filters") Group all, List<Group> groups,
        @Schema(description = "The caller's organisation against its group, if it took part") Own own) {

    /** The figures of one group, or why it is suppressed. */
    @Schema(name = "BenchmarkGroup", description = "The figures of one group of organisations (or of everyone), or why they are suppressed")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(
            @Schema(description = "The group: an organization type, a point of view, a NUTS code, 'unspecified' (no NUTS code that fine) or 'all'", examples = "CITY") String key,
            boolean suppressed,
            @Schema(description = "Why no figure is given") String reason,
            @Schema(description = "Organisations in the group; absent when suppressed") Integer count,
            @Schema(description = "Percentages of the total score") Figures total,
            @Schema(description = "Percentages per dimension code; null for a dimension fewer than k organisations have") Map<String, Figures> dimensions) {
    }

    /** Count, mean, median and quartiles of percentages. */
    @Schema(name = "BenchmarkFigures", description = "Count, mean, median and quartiles of percentages (0 to 100) over the organisations of a group")
    public record Figures(@Schema(description = "Organisations counted", examples = "14") int count,
            @Schema(examples = "58.2") double mean, @Schema(examples = "60.5") double median,
            @Schema(description = "First quartile", examples = "44") double q1,
            @Schema(description = "Third quartile", examples = "71.5") double q3) {

        static Figures of(Summary summary) {
            return summary == null ? null
                    : new Figures(summary.count(), summary.mean(), summary.median(), summary.q1(), summary.q3());
        }
    }

    /** The caller's own percentages and where they stand in the quartiles of its group. */
    @Schema(name = "BenchmarkPosition", description = "The caller's organisation against the benchmark of its group: its own percentages (0 to 100), and where they stand in the group's quartiles when the group is shown")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Own(@Schema(description = "Slug of the caller's organization", examples = "grand-est") String organization,
            @Schema(description = "Key of its group", examples = "REGIONAL_COUNCIL") String group,
            @Schema(description = "False when the group is suppressed: then only the own percentages are given") boolean compared,
            @Schema(description = "Its total percentage", examples = "63.5") Double total, Summary.Position totalPosition,
            Map<String, Double> dimensions,
            Map<String, Summary.Position> dimensionPositions) {
    }

    static BenchmarkView of(BenchmarkAnswer answer, Map<String, String> filters, String groupBy) {
        Benchmark.Result result = answer.result();
        Position own = answer.own();
        return new BenchmarkView(answer.campaign(), answer.model(), answer.modelCode(), result.k(), filters, groupBy,
                group(result.all()), groupBy == null ? null : result.groups().stream().map(BenchmarkView::group).toList(),
                own == null ? null
                        : new Own(own.organization(), own.group(), own.compared(), own.total(), own.totalPosition(),
                                own.dimensions(), own.dimensionPositions()));
    }

    private static Group group(Benchmark.Cell cell) {
        if (cell.suppressed()) {
            return new Group(cell.key(), true, cell.reason(), null, null, null);
        }
        Map<String, Figures> dimensions = new java.util.LinkedHashMap<>();
        cell.dimensions().forEach((code, summary) -> dimensions.put(code, Figures.of(summary)));
        return new Group(cell.key(), false, null, cell.total() == null ? 0 : cell.total().count(),
                Figures.of(cell.total()), dimensions);
    }
}
