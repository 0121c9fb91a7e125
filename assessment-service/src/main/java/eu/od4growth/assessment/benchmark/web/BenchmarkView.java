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
@Schema(name = "Benchmark")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchmarkView(
        @Schema(description = "The campaign benchmarked; absent when across a model's campaigns") UUID campaign,
        UUID model, String modelCode,
        @Schema(description = "Smallest number of organisations a figure may be about", examples = "5") int k,
        @Schema(description = "The filters applied (type, pointOfView, region)") Map<String, String> filters,
        @Schema(description = "type, region or pointOfView; absent: no groups") String groupBy,
        @Schema(description = "Everyone matching the filters") Group all, List<Group> groups,
        @Schema(description = "The caller's organisation against its group, if it took part") Own own) {

    /** The figures of one group, or why it is suppressed. */
    @Schema(name = "BenchmarkGroup")
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
    @Schema(name = "BenchmarkFigures")
    public record Figures(int count, double mean, double median, double q1, double q3) {

        static Figures of(Summary summary) {
            return summary == null ? null
                    : new Figures(summary.count(), summary.mean(), summary.median(), summary.q1(), summary.q3());
        }
    }

    /** The caller's own percentages and where they stand in the quartiles of its group. */
    @Schema(name = "BenchmarkPosition")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Own(String organization, String group,
            @Schema(description = "False when the group is suppressed: then only the own percentages are given") boolean compared,
            Double total, Summary.Position totalPosition, Map<String, Double> dimensions,
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
