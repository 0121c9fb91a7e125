/** The webhook hub's records and rules: subscriptions, received events, deliveries and attempts, signatures, back-off. */
package eu.od4growth.catalog.webhook.model;
