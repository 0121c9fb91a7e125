/** The assessment, its life cycle and its respondent profile: domain rules, no HTTP, no queries. */
package eu.od4growth.assessment.assessment.model;
