/**
 * Completion of this service's OpenAPI contract where the types are not ours to annotate; belongs in od4g-common's
 * ContractFilter (then this package goes).
 */
package eu.od4growth.assessment.contract;
