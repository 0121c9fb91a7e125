/**
 * A person's data under the GDPR (docs/privacy.md): export and erasure of everything the suite holds about one OIDC
 * subject, across the three services (this service owns the public {@code /api/persons} prefix and asks
 * catalog-service and assessment-service for their parts with the caller's token), and the retention jobs of this
 * service's own personal data. Split into {@code application} (this service's part, the remote parts, retention) and
 * {@code web} (the resource).
 */
package eu.od4growth.workshop.person;
