package eu.od4growth.assessment.benchmark.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.od4growth.assessment.assessment.model.OrganisationType;
import eu.od4growth.assessment.assessment.model.PointOfView;
import eu.od4growth.assessment.assessment.model.Profile;
import eu.od4growth.assessment.benchmark.application.Benchmarks;
import eu.od4growth.assessment.benchmark.model.Attribute;
import eu.od4growth.assessment.benchmark.model.Criteria;
import eu.od4growth.common.security.Caller;

/**
 * HTTP face of benchmarks: figures of submitted assessments by group, never about fewer than k organisations, not even
 * by subtracting two answers (see the service README for the rules).
 */
@Path("/api/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Benchmarks")
public class BenchmarkResource {

    private final Benchmarks benchmarks;

    BenchmarkResource(Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    @GET
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.RESPONDENT })
    @Operation(operationId = "getBenchmark", summary = "Benchmark the submitted assessments of a campaign, or of a model's campaigns", description = "Count, mean, median, first and third quartile of the percentages per dimension and in total, for everyone matching the filters and per group. k-anonymous: a group of fewer than k organisations is suppressed (no figure), as is a group that a wider query would expose by difference, and enough other groups that the suppressed ones hold k together; a query that differs from a wider one by fewer than k organisations (but not none) is refused (400 naming the filter). A campaign's benchmark: for whoever reads the campaign; a model's: for every signed-in role. The caller's organisation, if it took part, sees its position in its group.")
    @APIResponse(responseCode = "200", description = "The benchmark")
    @APIResponse(responseCode = "400", description = "Neither or both of campaign and model, bad parameter, or a query refused as a differencing attack (the violation names the filter)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither coordinator, respondent nor administrator")
    @APIResponse(responseCode = "404", description = "No such campaign visible to the caller")
    public BenchmarkView benchmark(
            @Parameter(description = "Id of the campaign") @QueryParam("campaign") UUID campaign,
            @Parameter(description = "Id of a published model: across all its campaigns, each organisation's latest submitted assessment") @QueryParam("model") UUID model,
            @Parameter(description = "Group by organization type, NUTS region (one level below the region filter; countries without one) or point of view") @QueryParam("groupBy") @Pattern(regexp = "type|region|pointOfView", message = "must be type, region or pointOfView") String groupBy,
            @Parameter(description = "Only organisations of this type") @QueryParam("type") OrganisationType type,
            @Parameter(description = "Only organisations with this point of view") @QueryParam("pointOfView") PointOfView pointOfView,
            @Parameter(description = "Only organisations in this NUTS region (any level)", example = "FRF") @QueryParam("region") @Pattern(regexp = Profile.NUTS, message = "must be a NUTS code, e.g. FRF or ITH3") String region) {
        Criteria criteria = new Criteria(type == null ? null : type.name(), pointOfView == null ? null : pointOfView.name(),
                region, false);
        Attribute grouping = groupBy == null ? null
                : "type".equals(groupBy) ? Attribute.TYPE
                        : "region".equals(groupBy) ? Attribute.REGION : Attribute.POINT_OF_VIEW;
        Map<String, String> filters = new LinkedHashMap<>();
        if (type != null) {
            filters.put("type", type.name());
        }
        if (pointOfView != null) {
            filters.put("pointOfView", pointOfView.name());
        }
        if (region != null) {
            filters.put("region", region);
        }
        return BenchmarkView.of(benchmarks.benchmark(campaign, model, criteria, grouping), filters, groupBy);
    }
}
