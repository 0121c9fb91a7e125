package eu.od4growth.catalog.dataset.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import eu.od4growth.catalog.dataset.quality.QualityFacts.DistributionFacts;
import eu.od4growth.catalog.dataset.quality.QualityFacts.UrlState;
import eu.od4growth.catalog.dataset.quality.QualityReport.DimensionScore;
import eu.od4growth.catalog.dataset.quality.QualityReport.Hint;
import eu.od4growth.catalog.dataset.quality.QualityReport.IndicatorScore;

/**
 * The MQA scoring, pure: each indicator gives its weight times the share that meets it (the dataset; its
 * distributions; for interoperability its best distribution), rounded to a tenth of a point; the score is their sum.
 * Each indicator not fully met becomes a hint saying what to do and how many points it gains.
 */
public final class MetadataQuality {

    /** The most points a dataset can have. */
    public static final int MAX = 405;

    private MetadataQuality() {
    }

    public static QualityReport assess(QualityFacts facts) {
        DistributionFacts best = facts.distributions().stream().max(Comparator.comparingInt(MetadataQuality::interoperability))
                .orElse(null);
        List<IndicatorScore> indicators = new ArrayList<>();
        List<Hint> hints = new ArrayList<>();
        Map<QualityDimension, Double> dimensions = new EnumMap<>(QualityDimension.class);
        for (QualityDimension dimension : QualityDimension.values()) {
            dimensions.put(dimension, 0.0);
        }
        double score = 0;
        for (QualityIndicator indicator : QualityIndicator.values()) {
            double share = share(indicator, facts, best);
            double points = round(indicator.weight * share);
            indicators.add(new IndicatorScore(indicator, indicator.dimension, points, indicator.weight, round2(share)));
            dimensions.merge(indicator.dimension, points, Double::sum);
            score += points;
            if (points < indicator.weight) {
                double gain = round(indicator.weight - points);
                hints.add(new Hint(indicator, indicator.dimension, gain, hint(indicator, facts, gain)));
            }
        }
        hints.sort(Comparator.comparingDouble(Hint::points).reversed());
        score = round(score);
        List<DimensionScore> byDimension = dimensions.entrySet().stream()
                .map(e -> new DimensionScore(e.getKey(), round(e.getValue()), e.getKey().max)).toList();
        return new QualityReport(score, QualityRating.of(score), facts.dcatApCompliant(), byDimension,
                List.copyOf(indicators), List.copyOf(hints), facts.violations());
    }

    private static double share(QualityIndicator indicator, QualityFacts facts, DistributionFacts best) {
        switch (indicator) {
            case KEYWORDS:
                return met(facts.keywords());
            case THEMES:
                return met(facts.themes());
            case SPATIAL:
                return met(facts.spatial());
            case TEMPORAL:
                return met(facts.temporal());
            case ACCESS_URL_ANSWERS:
                return share(facts, d -> d.accessUrl() == UrlState.ANSWERS);
            case DOWNLOAD_URL:
                return share(facts, DistributionFacts::downloadUrl);
            case DOWNLOAD_URL_ANSWERS:
                return share(facts, d -> d.downloadUrl() && d.downloadUrlState() == UrlState.ANSWERS);
            case FORMAT:
                return best == null ? 0 : met(best.format());
            case MEDIA_TYPE:
                return best == null ? 0 : met(best.mediaType());
            case FORMAT_FROM_VOCABULARY:
                return best == null ? 0 : met(best.formatFromVocabulary());
            case NON_PROPRIETARY:
                return best == null ? 0 : met(best.nonProprietary());
            case MACHINE_READABLE:
                return best == null ? 0 : met(best.machineReadable());
            case DCAT_AP_COMPLIANT:
                return met(facts.dcatApCompliant());
            case LICENCE:
                return facts.distributions().isEmpty() ? met(facts.license())
                        : share(facts, DistributionFacts::license);
            case LICENCE_FROM_VOCABULARY:
                return facts.distributions().isEmpty() ? met(facts.licenseFromVocabulary())
                        : share(facts, DistributionFacts::licenseFromVocabulary);
            case ACCESS_RIGHTS:
                return met(facts.accessRights());
            case ACCESS_RIGHTS_FROM_VOCABULARY:
                return met(facts.accessRightsFromVocabulary());
            case CONTACT_POINT:
                return met(facts.contactPoint());
            case PUBLISHER:
                return met(facts.publisher());
            case RIGHTS:
                return share(facts, DistributionFacts::rights);
            case BYTE_SIZE:
                return share(facts, DistributionFacts::byteSize);
            case ISSUED:
                return met(facts.issued());
            case MODIFIED:
                return met(facts.modified());
            default:
                throw new IllegalStateException("No rule for " + indicator);
        }
    }

    /** The hint's text: the action, what is missing when it is about distributions, and the gain. */
    private static String hint(QualityIndicator indicator, QualityFacts facts, double gain) {
        String action = indicator.action;
        boolean perDistribution = indicator.scope != QualityIndicator.Scope.DATASET
                && !(indicator.scope == QualityIndicator.Scope.DISTRIBUTIONS && facts.distributions().isEmpty()
                        && (indicator == QualityIndicator.LICENCE
                                || indicator == QualityIndicator.LICENCE_FROM_VOCABULARY));
        if (perDistribution && facts.distributions().isEmpty()) {
            action = "Add a distribution, then: " + lowerFirst(action);
        } else if (indicator == QualityIndicator.ACCESS_URL_ANSWERS || indicator == QualityIndicator.DOWNLOAD_URL_ANSWERS) {
            boolean access = indicator == QualityIndicator.ACCESS_URL_ANSWERS;
            long unchecked = facts.distributions().stream()
                    .filter(d -> (access ? d.accessUrl()
                            : d.downloadUrl() ? d.downloadUrlState() : UrlState.FAILS) == UrlState.UNCHECKED)
                    .count();
            if (unchecked > 0) {
                action += " (" + unchecked + " not checked yet: the check runs in the background)";
            }
        } else if (indicator == QualityIndicator.DCAT_AP_COMPLIANT && !facts.violations().isEmpty()) {
            action += ": " + facts.violations().get(0);
        }
        return action + ": +" + format(gain);
    }

    /** The interoperability points a distribution would give, to pick the best one. */
    private static int interoperability(DistributionFacts d) {
        return (d.format() ? 20 : 0) + (d.mediaType() ? 10 : 0) + (d.formatFromVocabulary() ? 10 : 0)
                + (d.nonProprietary() ? 20 : 0) + (d.machineReadable() ? 20 : 0);
    }

    private static double share(QualityFacts facts, Predicate<DistributionFacts> meets) {
        if (facts.distributions().isEmpty()) {
            return 0;
        }
        return (double) facts.distributions().stream().filter(meets).count() / facts.distributions().size();
    }

    private static double met(boolean met) {
        return met ? 1 : 0;
    }

    static double round(double points) {
        return Math.round(points * 10) / 10.0;
    }

    private static double round2(double share) {
        return Math.round(share * 100) / 100.0;
    }

    /** 10 as "10", 12.5 as "12.5". */
    static String format(double points) {
        return points == Math.rint(points) ? Long.toString((long) points) : Double.toString(points);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
