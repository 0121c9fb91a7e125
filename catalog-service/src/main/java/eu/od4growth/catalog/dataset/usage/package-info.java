/**
 * How much published datasets are used: views of a dataset and downloads of its distributions through the catalogue,
 * counted per day without storing anything about who asked.
 */
package eu.od4growth.catalog.dataset.usage;
