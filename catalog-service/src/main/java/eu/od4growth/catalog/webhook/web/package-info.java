/** The webhook hub's HTTP face: subscriptions and their deliveries, and the services' event ingestion. */
package eu.od4growth.catalog.webhook.web;
