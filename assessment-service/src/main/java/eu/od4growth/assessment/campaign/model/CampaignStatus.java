package eu.od4growth.assessment.campaign.model;

/** Where a campaign is: prepared as a draft, open to assessments, closed for good. */
public enum CampaignStatus {
    DRAFT,
    OPEN,
    CLOSED
}
