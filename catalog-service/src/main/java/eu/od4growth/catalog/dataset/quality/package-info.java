/**
 * Metadata quality of datasets, as data.europa.eu's Metadata Quality Assessment (MQA) measures it: 405 points over
 * findability, accessibility, interoperability, reusability and contextuality, a rating, and hints a publisher can act
 * on. {@link eu.od4growth.catalog.dataset.quality.MetadataQuality} is the pure scoring;
 * {@link eu.od4growth.catalog.dataset.quality.QualityAssessor} gathers the facts (vocabularies, publisher, URL checks,
 * the SHACL validation of the DCAT-AP export) whenever a dataset changes.
 */
package eu.od4growth.catalog.dataset.quality;
