package eu.od4growth.catalog.dataset.quality;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.od4growth.catalog.dataset.quality.QualityFacts.DistributionFacts;
import eu.od4growth.catalog.dataset.quality.QualityFacts.UrlState;
import eu.od4growth.catalog.dataset.quality.QualityReport.Hint;

import static org.assertj.core.api.Assertions.assertThat;

/** The MQA scoring without Quarkus: exact totals of a minimal, a partial and a complete dataset, ratings and hints. */
class MetadataQualityTest {

    private static final DistributionFacts CSV_ANSWERING = new DistributionFacts(UrlState.ANSWERS, true,
            UrlState.ANSWERS, true, true, true, true, true, true, true, false, false);
    private static final DistributionFacts PDF_FAILING = new DistributionFacts(UrlState.FAILS, false,
            UrlState.UNCHECKED, true, true, true, true, false, true, true, false, true);
    private static final DistributionFacts COMPLETE = new DistributionFacts(UrlState.ANSWERS, true, UrlState.ANSWERS,
            true, true, true, true, true, true, true, true, true);

    @Test
    void aMinimalDatasetHasOnlyItsModificationDate() {
        QualityReport report = MetadataQuality.assess(new QualityFacts(false, false, false, false, false, false,
                false, false, false, false, false, true, false, List.of("dct:description: minCount 1"), List.of()));
        assertThat(report.score()).isEqualTo(5.0);
        assertThat(report.rating()).isEqualTo(QualityRating.BAD);
        assertThat(report.dcatApCompliant()).isFalse();
        assertThat(report.hints()).hasSize(QualityIndicator.values().length - 1);
        assertThat(report.hints().get(0).points()).isEqualTo(50.0);
        assertThat(report.hints()).extracting(Hint::message).contains("Add keywords: +30",
                "Add a licence from the vocabulary: +10",
                "Add a distribution, then: give every distribution a download URL: +20",
                "Fix what the DCAT-AP 3.0.1 shapes report (see violations): dct:description: minCount 1: +30");
        assertThat(report.dimensions()).extracting(QualityReport.DimensionScore::points).containsExactly(0.0, 0.0, 0.0,
                0.0, 5.0);
    }

    @Test
    void aPartialDatasetCountsSharesOfDistributionsAndItsBestDistribution() {
        QualityReport report = MetadataQuality.assess(new QualityFacts(true, true, false, false, true, true, false,
                false, false, true, true, true, false, List.of(), List.of(CSV_ANSWERING, PDF_FAILING)));
        // Findability 30 + 30; accessibility 50/2 + 20/2 + 30/2; interoperability: the CSV's 80, not compliant;
        // reusability 20 + 10 + publisher 10; contextuality byte size 5/2, issued 5, modified 5.
        assertThat(report.dimensions()).extracting(QualityReport.DimensionScore::points).containsExactly(60.0, 50.0,
                80.0, 40.0, 12.5);
        assertThat(report.score()).isEqualTo(242.5);
        assertThat(report.rating()).isEqualTo(QualityRating.GOOD);
        assertThat(report.hints()).extracting(Hint::message).contains("Give the byte size of every distribution: +2.5",
                "Make every access URL answer with a 2xx or 3xx status: +25",
                "Add the access rights from the vocabulary (PUBLIC, RESTRICTED, NON_PUBLIC): +5")
                .doesNotContain("Add keywords: +30");
    }

    @Test
    void aCompleteDatasetHasAll405PointsAndNoHint() {
        QualityReport report = MetadataQuality.assess(new QualityFacts(true, true, true, true, true, true, true, true,
                true, true, true, true, true, List.of(), List.of(COMPLETE, COMPLETE)));
        assertThat(report.score()).isEqualTo(405.0);
        assertThat(report.rating()).isEqualTo(QualityRating.EXCELLENT);
        assertThat(report.hints()).isEmpty();
        assertThat(report.indicators()).allSatisfy(i -> assertThat(i.points()).isEqualTo((double) i.max()));
    }

    @Test
    void uncheckedUrlsGiveNoPointsYetAndSaySo() {
        DistributionFacts unchecked = new DistributionFacts(UrlState.UNCHECKED, true, UrlState.UNCHECKED, true, true,
                true, true, true, true, true, true, true);
        QualityReport report = MetadataQuality.assess(new QualityFacts(true, true, true, true, true, true, true, true,
                true, true, true, true, true, List.of(), List.of(unchecked)));
        assertThat(report.score()).isEqualTo(325.0);
        assertThat(report.hints()).extracting(Hint::message).containsExactly(
                "Make every access URL answer with a 2xx or 3xx status (1 not checked yet: the check runs in the background): +50",
                "Make every download URL answer with a 2xx or 3xx status (1 not checked yet: the check runs in the background): +30");
    }

    @Test
    void aThirdOfTheDistributionsGivesAThirdOfThePointsToATenth() {
        DistributionFacts none = new DistributionFacts(UrlState.FAILS, false, UrlState.UNCHECKED, false, false, false,
                false, false, false, false, false, false);
        QualityReport report = MetadataQuality.assess(new QualityFacts(false, false, false, false, false, false,
                false, false, false, false, false, false, false, List.of(), List.of(COMPLETE, none, none)));
        assertThat(report.indicators()).filteredOn(i -> i.indicator() == QualityIndicator.ACCESS_URL_ANSWERS)
                .singleElement().satisfies(i -> {
                    assertThat(i.points()).isEqualTo(16.7);
                    assertThat(i.share()).isEqualTo(0.33);
                });
    }

    @Test
    void ratingsFollowTheMqaThresholds() {
        assertThat(QualityRating.of(405)).isEqualTo(QualityRating.EXCELLENT);
        assertThat(QualityRating.of(351)).isEqualTo(QualityRating.EXCELLENT);
        assertThat(QualityRating.of(350.9)).isEqualTo(QualityRating.GOOD);
        assertThat(QualityRating.of(221)).isEqualTo(QualityRating.GOOD);
        assertThat(QualityRating.of(220.9)).isEqualTo(QualityRating.SUFFICIENT);
        assertThat(QualityRating.of(121)).isEqualTo(QualityRating.SUFFICIENT);
        assertThat(QualityRating.of(120.9)).isEqualTo(QualityRating.BAD);
        assertThat(QualityRating.of(0)).isEqualTo(QualityRating.BAD);
        assertThat(java.util.Arrays.stream(QualityDimension.values()).mapToInt(d -> d.max).sum())
                .isEqualTo(MetadataQuality.MAX);
        assertThat(java.util.Arrays.stream(QualityIndicator.values()).mapToInt(i -> i.weight).sum())
                .isEqualTo(MetadataQuality.MAX);
    }
}
