/**
 * Validation problems found by service code rather than by annotations (answers checked against an event's questions,
 * a capacity below the places taken), answered like any other 400 with one violation per field. A candidate for
 * common: {@code ProblemException} has no violations today.
 */
package eu.od4growth.workshop.problem;
