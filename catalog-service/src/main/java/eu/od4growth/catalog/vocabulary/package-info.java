/**
 * The controlled vocabularies of DCAT-AP that datasets use (EU data themes, frequencies, file types, licences, access
 * rights, languages, high-value-dataset categories …): reference data from the migrations, served to clients and
 * checked on every dataset.
 */
package eu.od4growth.catalog.vocabulary;
