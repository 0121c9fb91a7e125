package eu.od4growth.assessment.plan.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.assessment.assessment.model.Assessment;
import eu.od4growth.assessment.assessment.model.AssessmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The assessments objectives start from and are checked against (read only). */
@ApplicationScoped
class PlanAssessments implements PanacheRepositoryBase<Assessment, UUID> {

    /** The organisation's first assessment of the family submitted after {@code after}, other than {@code baseline}. */
    Optional<Assessment> next(String organisation, String family, Instant after, UUID baseline) {
        return find("ownerOrganisation = ?1 and modelFamily = ?2 and status = ?3 and submittedAt > ?4 and id <> ?5",
                Sort.ascending("submittedAt"), organisation, family, AssessmentStatus.SUBMITTED, after,
                baseline == null ? new UUID(0, 0) : baseline).firstResultOptional();
    }
}
