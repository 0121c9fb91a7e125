/**
 * Datasets described with DCAT-AP 3.0.1 and their distributions, owned by their publisher organisation: the
 * publication workflow and its history ({@code model}), the use cases and the search ({@code application}), the HTTP
 * API ({@code web}) and the DCAT-AP export ({@code dcat}).
 */
package eu.od4growth.catalog.dataset;
