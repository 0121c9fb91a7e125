/** The service's configuration and technical beans: the clock and the workshop settings. */
package eu.od4growth.workshop.config;
