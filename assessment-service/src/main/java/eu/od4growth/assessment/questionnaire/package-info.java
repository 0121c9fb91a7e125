/**
 * Questionnaire models: the versioned question sets that assessments answer. A model is drafted by a coordinator of
 * an organisation, then published; a published model never changes.
 */
package eu.od4growth.assessment.questionnaire;
