/** The dataset use cases, one transaction each, and the catalogue search; the only users of the repositories. */
package eu.od4growth.catalog.dataset.application;
