/**
 * Recommendations for an assessment's weakest dimensions: upcoming workshops (workshop-service) and the organisation's
 * catalogue evidence (catalog-service), over REST with the caller's token, a timeout and a fallback each.
 */
package eu.od4growth.assessment.recommendation;
