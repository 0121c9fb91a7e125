/**
 * A person's data under the GDPR (docs/assessment/privacy.md): this service's part of the suite's persons protocol,
 * reached by workshop-service's {@code /api/persons} with the caller's token. Everything the service holds about one
 * OIDC subject is exported, or erased by replacing the "who" fields with a fixed pseudonym, so that assessments,
 * campaigns and plans stay attributed to their organisation and benchmarks keep their figures.
 */
package eu.od4growth.assessment.person;
