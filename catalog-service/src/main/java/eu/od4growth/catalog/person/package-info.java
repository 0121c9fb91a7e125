/**
 * The catalog's part of the suite's persons protocol (GDPR): what it holds about one OIDC subject, exported, and its
 * erasure. Workshop-service's {@code /api/persons} gathers the three services' parts.
 */
package eu.od4growth.catalog.person;
