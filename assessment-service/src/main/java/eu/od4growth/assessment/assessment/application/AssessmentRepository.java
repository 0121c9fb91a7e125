package eu.od4growth.assessment.assessment.application;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.assessment.assessment.model.Assessment;
import eu.od4growth.assessment.assessment.model.AssessmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Stored assessments, and the query for the one to compare with. */
@ApplicationScoped
class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /**
     * The organisation's latest assessment of the same model family submitted before {@code assessment} (before now,
     * if it is not submitted), other than itself.
     */
    Optional<Assessment> previous(Assessment assessment, java.time.Instant now) {
        java.time.Instant before = assessment.submittedAt() != null ? assessment.submittedAt() : now;
        return find("ownerOrganisation = ?1 and modelFamily = ?2 and status = ?3 and submittedAt <= ?4 and id <> ?5",
                Sort.descending("submittedAt").and("createdAt", Sort.Direction.Descending),
                assessment.ownerOrganisation(), assessment.modelFamily(), AssessmentStatus.SUBMITTED, before,
                assessment.id()).firstResultOptional();
    }
}
