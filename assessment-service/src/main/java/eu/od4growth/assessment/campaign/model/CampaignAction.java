package eu.od4growth.assessment.campaign.model;

/** What its coordinator does to a campaign's status. */
public enum CampaignAction {
    OPEN,
    CLOSE
}
