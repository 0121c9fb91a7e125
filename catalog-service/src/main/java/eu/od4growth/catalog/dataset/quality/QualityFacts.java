package eu.od4growth.catalog.dataset.quality;

import java.util.List;

/**
 * What the MQA looks at in one dataset, gathered from its description, the vocabularies, the directory, the URL checks
 * and the SHACL validation of its DCAT-AP export; {@link MetadataQuality} scores it without any I/O.
 */
public record QualityFacts(boolean keywords, boolean themes, boolean spatial, boolean temporal, boolean license,
        boolean licenseFromVocabulary, boolean accessRights, boolean accessRightsFromVocabulary,
        boolean contactPoint, boolean publisher, boolean issued, boolean modified, boolean dcatApCompliant,
        List<String> violations, List<DistributionFacts> distributions) {

    public QualityFacts {
        violations = violations == null ? List.of() : List.copyOf(violations);
        distributions = distributions == null ? List.of() : List.copyOf(distributions);
    }

    /** What a URL check found: not yet checked, answered 2xx/3xx, or failed. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "ANSWERS: 2xx or 3xx; FAILS: anything else, a timeout or a refused address; UNCHECKED: not yet")
    public enum UrlState {
        UNCHECKED,
        ANSWERS,
        FAILS
    }

    /** What the MQA looks at in one distribution. */
    public record DistributionFacts(UrlState accessUrl, boolean downloadUrl, UrlState downloadUrlState,
            boolean format, boolean mediaType, boolean formatFromVocabulary, boolean nonProprietary,
            boolean machineReadable, boolean license, boolean licenseFromVocabulary, boolean rights,
            boolean byteSize) {
    }
}
