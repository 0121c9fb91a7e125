package eu.od4growth.assessment.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a questionnaire model is in its life: only published models can be answered, and they never change. */
@Schema(description = "Where a questionnaire model is: DRAFT (editable by its organisation) or PUBLISHED (immutable, can be answered)")
public enum ModelStatus {
    DRAFT,
    PUBLISHED
}
