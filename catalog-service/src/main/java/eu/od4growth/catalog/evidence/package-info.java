/**
 * Catalogue evidence of an organisation's open-data practice, for the maturity assessments of assessment-service:
 * what it publishes, under which licences, in which formats, with which metadata quality.
 */
package eu.od4growth.catalog.evidence;
