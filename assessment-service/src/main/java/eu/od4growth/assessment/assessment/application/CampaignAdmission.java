package eu.od4growth.assessment.assessment.application;

import java.util.UUID;

/**
 * Whether an organisation may start an assessment within a campaign. Declared here and implemented by the campaign
 * feature, so that campaigns may read assessments (progress, benchmarks) without a cycle between the two features.
 */
public interface CampaignAdmission {

    /**
     * Returns quietly if {@code organisation} may start an assessment of {@code model} within {@code campaign} now;
     * otherwise a problem: 400 naming {@code campaign} (unknown, or not visible) or {@code model} (not the campaign's),
     * 403 (not invited), 409 (not open, or outside its period).
     */
    void admit(UUID campaign, UUID model, String organisation);
}
