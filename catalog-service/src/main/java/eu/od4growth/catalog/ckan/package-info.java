/**
 * A CKAN-compatible read API (the CKAN 2.10 Action API under {@code /api/3/action/} and {@code /api/action/}) over the
 * catalogue, so that CKAN clients, portals and harvesters read it unchanged: CKAN's envelope, error shape, field names
 * and types. Only published data reaches those outside the publisher organisation.
 */
package eu.od4growth.catalog.ckan;
