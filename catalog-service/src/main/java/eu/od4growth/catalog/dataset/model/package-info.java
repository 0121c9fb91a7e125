/** Datasets, distributions, their workflow and change history: entities and rules, no HTTP and no queries. */
package eu.od4growth.catalog.dataset.model;
