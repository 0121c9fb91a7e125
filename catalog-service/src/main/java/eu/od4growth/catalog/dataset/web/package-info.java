/** HTTP face of datasets, distributions and the DCAT-AP catalogue: translates requests to use cases and back. */
package eu.od4growth.catalog.dataset.web;
