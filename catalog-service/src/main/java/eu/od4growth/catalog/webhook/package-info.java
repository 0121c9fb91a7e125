/**
 * The suite's webhook hub: organisations subscribe URLs to domain events of every service, events arrive from the
 * services' outboxes (and the catalog's own, locally), and a background worker delivers them signed as the Standard
 * Webhooks specification says, with retries, a limit and replays. {@code model} holds the rules (signatures,
 * back-off, the records), {@code application} the use cases and the worker, {@code web} the HTTP face.
 */
package eu.od4growth.catalog.webhook;
