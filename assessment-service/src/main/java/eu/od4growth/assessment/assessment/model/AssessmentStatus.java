package eu.od4growth.assessment.assessment.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an assessment is: answered in parts while a draft, frozen once submitted (until a coordinator reopens it). */
@Schema(description = "Where an assessment is: DRAFT (answered in parts, still editable) or SUBMITTED (frozen; scores and results are final until a coordinator reopens it)")
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED
}
