/**
 * Reuses of published datasets (applications, visualisations, articles, APIs), shown on each dataset: the valorisation
 * side of the catalogue. Any signed-in user declares one; its author (or an administrator) changes it.
 */
package eu.od4growth.catalog.reuse;
