/**
 * Dataset publication catalogue: organisations, DCAT-AP datasets and distributions, publication workflow, search,
 * metadata quality, DCAT and CKAN-compatible APIs.
 */
package eu.od4growth.catalog;
