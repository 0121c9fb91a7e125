package eu.od4growth.assessment.benchmark.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.assessment.assessment.model.Assessment;
import eu.od4growth.assessment.assessment.model.AssessmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The submitted assessments a benchmark counts (read only). */
@ApplicationScoped
class ScoredAssessments implements PanacheRepositoryBase<Assessment, UUID> {

    List<Assessment> ofCampaign(UUID campaign) {
        return list("campaignId = ?1 and status = ?2", Sort.by("ownerOrganisation"), campaign,
                AssessmentStatus.SUBMITTED);
    }

    /** Those of every campaign of the model, latest first within each organisation. */
    List<Assessment> ofModelCampaigns(UUID model) {
        return list("modelId = ?1 and status = ?2 and campaignId is not null",
                Sort.by("ownerOrganisation").and("submittedAt", Sort.Direction.Descending), model,
                AssessmentStatus.SUBMITTED);
    }
}
