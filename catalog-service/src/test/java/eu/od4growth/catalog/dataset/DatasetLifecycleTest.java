package eu.od4growth.catalog.dataset;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.dataset.model.DatasetAction;
import eu.od4growth.catalog.dataset.model.DatasetStatus;
import eu.od4growth.catalog.dataset.model.FieldChange;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dataset's workflow and domain rules, without Quarkus. */
class DatasetLifecycleTest {

    @Test
    void aDatasetStartsAsADraft() {
        assertThat(Dataset.LIFECYCLE.initial()).isEqualTo(DatasetStatus.DRAFT);
        assertThat(Dataset.draft(Requests.minimal("Air"), "grand-est", "alice").status()).isEqualTo(DatasetStatus.DRAFT);
    }

    @Test
    void aDraftIsSubmittedPublishedThenArchived() {
        DatasetStatus review = Dataset.LIFECYCLE.next(DatasetStatus.DRAFT, DatasetAction.SUBMIT);
        assertThat(review).isEqualTo(DatasetStatus.IN_REVIEW);
        assertThat(Dataset.LIFECYCLE.next(review, DatasetAction.SEND_BACK)).isEqualTo(DatasetStatus.DRAFT);
        DatasetStatus published = Dataset.LIFECYCLE.next(review, DatasetAction.PUBLISH);
        assertThat(published).isEqualTo(DatasetStatus.PUBLISHED);
        assertThat(Dataset.LIFECYCLE.next(published, DatasetAction.ARCHIVE)).isEqualTo(DatasetStatus.ARCHIVED);
    }

    @Test
    void everyOtherTransitionIsAConflict() {
        Map<DatasetStatus, List<DatasetAction>> allowed = Map.of(
                DatasetStatus.DRAFT, List.of(DatasetAction.SUBMIT, DatasetAction.PUBLISH),
                DatasetStatus.IN_REVIEW, List.of(DatasetAction.PUBLISH, DatasetAction.SEND_BACK),
                DatasetStatus.PUBLISHED, List.of(DatasetAction.ARCHIVE),
                DatasetStatus.ARCHIVED, List.of());
        for (DatasetStatus status : DatasetStatus.values()) {
            for (DatasetAction action : DatasetAction.values()) {
                boolean expected = allowed.get(status).contains(action);
                assertThat(Dataset.LIFECYCLE.allows(status, action)).as(status + " " + action).isEqualTo(expected);
                if (!expected) {
                    assertThatThrownBy(() -> Dataset.LIFECYCLE.next(status, action))
                            .isInstanceOfSatisfying(ProblemException.class,
                                    e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
                }
            }
        }
    }

    @Test
    void publishingSetsTheIssueDateOnceAndSendingBackKeepsTheComment() {
        Dataset dataset = Dataset.draft(Requests.minimal("Air"), "grand-est", "alice");
        dataset.perform(DatasetAction.SUBMIT, null);
        dataset.perform(DatasetAction.SEND_BACK, " Add a licence ");
        assertThat(dataset.status()).isEqualTo(DatasetStatus.DRAFT);
        assertThat(dataset.reviewComment()).isEqualTo("Add a licence");
        assertThat(dataset.issued()).isNull();
        dataset.perform(DatasetAction.PUBLISH, null);
        assertThat(dataset.issued()).isNotNull();
        assertThat(dataset.reviewComment()).isNull();
        assertThat(dataset.isPublic()).isTrue();
    }

    @Test
    void sendingBackNeedsAComment() {
        Dataset dataset = Dataset.draft(Requests.minimal("Air"), "grand-est", "alice");
        dataset.perform(DatasetAction.SUBMIT, null);
        assertThatThrownBy(() -> dataset.perform(DatasetAction.SEND_BACK, " ")).isInstanceOf(ProblemException.class);
        assertThat(dataset.status()).isEqualTo(DatasetStatus.IN_REVIEW);
    }

    @Test
    void anArchivedDatasetNoLongerChanges() {
        Dataset dataset = Dataset.draft(Requests.minimal("Air"), "grand-est", "alice");
        dataset.perform(DatasetAction.PUBLISH, null);
        dataset.perform(DatasetAction.ARCHIVE, null);
        assertThat(dataset.isPublic()).isTrue();
        assertThatThrownBy(() -> dataset.revise(Requests.minimal("Changed")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThatThrownBy(() -> dataset.addDistribution(Requests.distribution("CSV"), "text/csv"))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aHighValueDatasetNamesTheHvdRegulation() {
        Dataset dataset = Dataset.draft(Requests.highValue(), "veneto", "bob");
        assertThat(dataset.applicableLegislation()).containsExactly(Dataset.HVD_REGULATION);
        assertThat(Dataset.draft(Requests.minimal("Air"), "veneto", "bob").applicableLegislation()).isEmpty();
    }

    @Test
    void theHistoryListsTheFieldsThatChangedWithOldAndNewValues() {
        Dataset dataset = Dataset.draft(Requests.minimal("Air"), "grand-est", "alice");
        Map<String, Object> before = dataset.snapshot();
        dataset.revise(Requests.minimal("Eau"));
        var distribution = dataset.addDistribution(Requests.distribution("CSV"), "text/csv");
        List<FieldChange> changes = Dataset.changes(before, dataset.snapshot());
        assertThat(changes).extracting(FieldChange::field).contains("title",
                "distributions[" + distribution.id() + "].format", "distributions[" + distribution.id() + "].mediaType")
                .doesNotContain("description", "themes");
        FieldChange title = changes.stream().filter(c -> c.field().equals("title")).findFirst().orElseThrow();
        assertThat(title.oldValue()).isEqualTo(Map.of("fr", "Air", "en", "Air"));
        assertThat(title.newValue()).isEqualTo(Map.of("fr", "Eau", "en", "Eau"));
        assertThat(Dataset.changes(dataset.snapshot(), dataset.snapshot())).isEmpty();
    }
}
