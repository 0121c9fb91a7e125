/** The webhook hub's use cases (one transaction each), the ingestion of events and the delivery worker. */
package eu.od4growth.catalog.webhook.application;
