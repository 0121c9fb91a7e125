package eu.od4growth.assessment.campaign.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a campaign is: prepared as a draft, open to assessments, closed for good. */
@Schema(description = "Where a campaign is: DRAFT (being prepared), OPEN (accepting assessments) or CLOSED (for good)")
public enum CampaignStatus {
    DRAFT,
    OPEN,
    CLOSED
}
