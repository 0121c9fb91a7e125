package eu.od4growth.assessment.recommendation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.od4growth.common.i18n.Languages;
import eu.od4growth.common.security.Caller;

/** HTTP face of recommendations: the readers of an assessment see what to do about its weakest dimensions. */
@Path("/api/assessments/{id}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class RecommendationResource {

    private final Recommendations recommendations;

    RecommendationResource(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GET
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.RESPONDENT })
    @Operation(operationId = "getAssessmentRecommendations", summary = "Recommend workshops and show catalogue evidence for an assessment's weakest dimensions", description = "The two weakest dimensions, upcoming workshop sessions tagged with them (workshop-service, titles in ?lang=) and the organization's catalogue evidence (catalog-service), fetched with the caller's token, a timeout and a fallback each: when a service is down or slow the answer is still 200, with partial=true and missing naming what is missing. Respondents and coordinators of the assessed organization, and administrators; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The recommendations, maybe partial")
    @APIResponse(responseCode = "400", description = "lang is not a partner language")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither respondent, coordinator nor administrator")
    @APIResponse(responseCode = "404", description = "No such assessment visible to the caller")
    public RecommendationsView recommendations(@PathParam("id") UUID id,
            @Parameter(description = "Language of the texts (fr, en, it, pl, es, hu, lv, lt, el)") @QueryParam("lang") @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String lang,
            @Context HttpHeaders headers) {
        return recommendations.recommend(id, lang, headers.getAcceptableLanguages(),
                headers.getHeaderString(HttpHeaders.AUTHORIZATION));
    }
}
