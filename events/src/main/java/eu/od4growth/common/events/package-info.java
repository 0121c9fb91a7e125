/**
 * Domain events: what changed in a service, told to subscribers without ever losing or inventing a change. A service
 * records an event with {@link eu.od4growth.common.events.DomainEvents} in the transaction of the change (a
 * transactional outbox); {@link eu.od4growth.common.events.EventRelay} hands committed events to the webhook hub at
 * least once.
 */
package eu.od4growth.common.events;
