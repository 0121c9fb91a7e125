/**
 * Harvesting the catalogues regions already run: an administrator registers a DCAT-AP endpoint (Turtle, RDF/XML or
 * JSON-LD, Hydra paging) or a CKAN API as the source of an organisation's datasets, runs it now or on a schedule;
 * datasets are created, updated (matched by identifier) or withdrawn, each run recorded with counts and errors. A
 * source that cannot be read fails the run before anything is written.
 */
package eu.od4growth.catalog.harvest;
