package eu.od4growth.assessment.campaign.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.assessment.campaign.model.Campaign;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stored campaigns; who sees which is {@link Campaigns}' rule. */
@ApplicationScoped
class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {
}
