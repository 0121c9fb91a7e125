package eu.od4growth.catalog.dataset.quality;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.catalog.dataset.dcat.DcatExporter;
import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.dataset.model.Distribution;
import eu.od4growth.catalog.dataset.quality.QualityFacts.DistributionFacts;
import eu.od4growth.catalog.dataset.quality.QualityFacts.UrlState;
import eu.od4growth.catalog.organisation.Publishers;
import eu.od4growth.catalog.vocabulary.Term;
import eu.od4growth.catalog.vocabulary.Vocabularies;
import eu.od4growth.catalog.vocabulary.Vocabulary;

/**
 * Gathers the MQA facts of a dataset (its description, the vocabularies, whether its publisher is registered, the
 * last URL checks, the SHACL validation of its DCAT-AP export) and keeps the scored report on the dataset. Called
 * whenever a dataset changes, before the change is written, so the quality never lags its description.
 */
@ApplicationScoped
public class QualityAssessor {

    private final Vocabularies vocabularies;
    private final Publishers publishers;
    private final DcatExporter dcat;
    private final DcatApCompliance compliance;
    private final UrlStates urls;

    QualityAssessor(Vocabularies vocabularies, Publishers publishers, DcatExporter dcat, DcatApCompliance compliance,
            UrlStates urls) {
        this.vocabularies = vocabularies;
        this.publishers = publishers;
        this.dcat = dcat;
        this.compliance = compliance;
        this.urls = urls;
    }

    /** Scores {@code dataset} as described now and keeps the report on it. */
    public QualityReport assess(Dataset dataset) {
        QualityReport report = MetadataQuality.assess(facts(dataset));
        dataset.rate(report);
        return report;
    }

    /** The report of {@code dataset} as described now, without keeping it. */
    public QualityReport report(Dataset dataset) {
        return MetadataQuality.assess(facts(dataset));
    }

    QualityFacts facts(Dataset dataset) {
        List<String> violations = compliance.violations(dcat.dataset(dataset));
        boolean license = dataset.license() != null;
        boolean accessRights = dataset.accessRights() != null;
        List<DistributionFacts> distributions = dataset.distributions().stream().map(this::facts).toList();
        return new QualityFacts(!dataset.keywords().isEmpty(), !dataset.themes().isEmpty(),
                !dataset.spatial().isEmpty(), dataset.temporal() != null, license,
                license && vocabularies.contains(Vocabulary.LICENSES, dataset.license()), accessRights,
                accessRights && vocabularies.contains(Vocabulary.ACCESS_RIGHTS, dataset.accessRights()),
                dataset.contactPoint() != null,
                !publishers.bySlug(Set.of(dataset.ownerOrganisation())).isEmpty(), dataset.issued() != null,
                dataset.updatedAt() != null, violations.isEmpty(), violations, distributions);
    }

    private DistributionFacts facts(Distribution distribution) {
        Term format = vocabularies.find(Vocabulary.FILE_TYPES, distribution.format()).orElse(null);
        String license = distribution.effectiveLicense();
        boolean download = distribution.downloadUrl() != null;
        return new DistributionFacts(urls.of(distribution.accessUrl()), download,
                download ? urls.of(distribution.downloadUrl()) : UrlState.UNCHECKED, distribution.format() != null,
                distribution.mediaType() != null, format != null,
                format != null && Boolean.TRUE.equals(format.nonProprietary()),
                format != null && Boolean.TRUE.equals(format.machineReadable()), license != null,
                license != null && vocabularies.contains(Vocabulary.LICENSES, license),
                !distribution.rights().isEmpty(), distribution.byteSize() != null);
    }
}
