/**
 * Assessments: an organisation's answers to a published model, saved in parts, submitted, reopened by a coordinator,
 * and their results. Split as ddd-by-examples/library does: {@code model} (the entity and its rules),
 * {@code application} (use cases, one transaction each, and who may do what), {@code web} (HTTP and bodies).
 */
package eu.od4growth.assessment.assessment;
