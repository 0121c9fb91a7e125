package eu.od4growth.assessment.campaign.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.assessment.assessment.model.Assessment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The assessments started within a campaign, as its coordinator follows them (read only). */
@ApplicationScoped
public class CampaignAssessments implements PanacheRepositoryBase<Assessment, UUID> {

    /** One page of the campaign's assessments after {@code after} (by id; null: from the first), for exports. */
    public List<Assessment> after(UUID campaign, UUID after, int size) {
        return (after == null ? find("campaignId", Sort.by("id"), campaign)
                : find("campaignId = ?1 and id > ?2", Sort.by("id"), campaign, after)).page(0, size).list();
    }

    public List<Assessment> of(UUID campaign) {
        return list("campaignId", Sort.by("ownerOrganisation").and("id"), campaign);
    }
}
