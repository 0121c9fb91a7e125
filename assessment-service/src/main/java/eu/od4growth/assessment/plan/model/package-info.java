/** Objectives, actions and the action life cycle: domain rules, no HTTP, no queries. */
package eu.od4growth.assessment.plan.model;
