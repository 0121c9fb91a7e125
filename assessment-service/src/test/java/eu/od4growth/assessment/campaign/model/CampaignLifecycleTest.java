package eu.od4growth.assessment.campaign.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.od4growth.common.problem.InvalidInputException;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The campaign's state machine and rules, without Quarkus. */
class CampaignLifecycleTest {

    private static final LocalDate OPENS = LocalDate.of(2026, 9, 1);
    private static final LocalDate CLOSES = LocalDate.of(2026, 12, 31);

    private static Campaign.Terms terms(LocalDate opens, LocalDate closes) {
        return new Campaign.Terms(Map.of("en", "Diagnostic"), null, opens, closes, null, List.of("FRF"));
    }

    private static Campaign draft() {
        return Campaign.draft(UUID.randomUUID(), terms(OPENS, CLOSES), "grand-est", "coordinator-ge");
    }

    @Test
    void aCampaignIsDraftedOpenedAndClosedForGood() {
        assertThat(Campaign.LIFECYCLE.initial()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(Campaign.LIFECYCLE.next(CampaignStatus.DRAFT, CampaignAction.OPEN)).isEqualTo(CampaignStatus.OPEN);
        assertThat(Campaign.LIFECYCLE.next(CampaignStatus.OPEN, CampaignAction.CLOSE)).isEqualTo(CampaignStatus.CLOSED);
        assertThat(Campaign.LIFECYCLE.allows(CampaignStatus.DRAFT, CampaignAction.CLOSE)).isFalse();
        assertThat(Campaign.LIFECYCLE.allows(CampaignStatus.CLOSED, CampaignAction.OPEN)).isFalse();
        assertThatThrownBy(() -> Campaign.LIFECYCLE.next(CampaignStatus.CLOSED, CampaignAction.OPEN))
                .isInstanceOf(ProblemException.class).hasMessageContaining("Cannot open a closed campaign");
    }

    @Test
    void anInvertedPeriodIsRefusedNamingClosesOn() {
        assertThatThrownBy(() -> Campaign.draft(UUID.randomUUID(), terms(CLOSES, OPENS), "grand-est", "c"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("closesOn"));
        assertThat(Period.of(OPENS, OPENS).contains(OPENS)).isTrue();
    }

    @Test
    void assessmentsStartOnlyWhileOpenAndWithinThePeriod() {
        Campaign campaign = draft();
        assertThatThrownBy(() -> campaign.requireAccepting(OPENS)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        campaign.perform(CampaignAction.OPEN);
        campaign.requireAccepting(OPENS);
        campaign.requireAccepting(CLOSES);
        assertThatThrownBy(() -> campaign.requireAccepting(CLOSES.plusDays(1))).hasMessageContaining("today is");
        assertThatThrownBy(() -> campaign.requireAccepting(OPENS.minusDays(1))).isInstanceOf(ProblemException.class);
        campaign.perform(CampaignAction.CLOSE);
        assertThatThrownBy(() -> campaign.requireAccepting(OPENS)).hasMessageContaining("closed");
    }

    @Test
    void anOpenCampaignKeepsItsModelAndAClosedOneChangesNoMore() {
        Campaign campaign = draft();
        UUID other = UUID.randomUUID();
        campaign.revise(other, terms(OPENS, CLOSES.plusDays(10)));
        assertThat(campaign.modelId()).isEqualTo(other);
        campaign.perform(CampaignAction.OPEN);
        campaign.revise(other, terms(OPENS, CLOSES.plusDays(20)));
        assertThat(campaign.period().closesOn()).isEqualTo(CLOSES.plusDays(20));
        assertThatThrownBy(() -> campaign.revise(UUID.randomUUID(), terms(OPENS, CLOSES)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("model of an open campaign");
        campaign.invitationsChanged();
        campaign.perform(CampaignAction.CLOSE);
        assertThatThrownBy(campaign::invitationsChanged).hasMessageContaining("closed");
        assertThatThrownBy(() -> campaign.revise(other, terms(OPENS, CLOSES))).hasMessageContaining("closed");
    }
}
