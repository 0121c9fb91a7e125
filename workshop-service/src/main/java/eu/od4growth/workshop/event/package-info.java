/**
 * Events (workshops, technical days, webinars) organised by an organisation: drafted by its coordinators, then
 * published to everyone.
 */
package eu.od4growth.workshop.event;
