/** Technical configuration of the catalog service: the clock. */
package eu.od4growth.catalog.config;
