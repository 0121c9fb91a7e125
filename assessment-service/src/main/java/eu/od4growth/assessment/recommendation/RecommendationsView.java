package eu.od4growth.assessment.recommendation;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Recommendations for an assessment: its weakest dimensions, workshops for them, catalogue evidence, what is missing. */
@Schema(name = "Recommendations", description = "Recommendations for a submitted assessment: its weakest dimensions, upcoming workshop sessions on them (workshop-service) and the organisation's catalogue evidence (catalog-service); partial, saying what is missing, when a service does not answer")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecommendationsView(UUID assessment,
        @Schema(description = "Slug of the organization assessed", examples = "grand-est") String organization,
        @Schema(description = "Language of the titles") String language,
        @Schema(description = "The weakest dimensions, lowest percentage first (at most 2)") List<Weakness> weakestDimensions,
        @Schema(description = "Upcoming workshop sessions tagged with those dimensions (workshop-service); absent when it is unavailable") List<WorkshopClient.Session> workshops,
        @Schema(description = "The organization's catalogue evidence (catalog-service); absent when it is unavailable") CatalogClient.Evidence evidence,
        @Schema(description = "True when a part is missing") boolean partial,
        @Schema(description = "What is missing and why, e.g. 'workshop-service is unavailable: no upcoming workshops'") List<String> missing) {

    /** A weak dimension of the assessment. */
    @Schema(name = "WeakDimension", description = "One of the weakest dimensions of the assessment: its percentage and maturity level")
    public record Weakness(@Schema(examples = "quality") String code, @Schema(examples = "Quality") String title,
            @Schema(description = "Percentage (0 to 100)", examples = "35") Double percentage,
            @Schema(description = "Maturity level code") String level) {
    }
}
