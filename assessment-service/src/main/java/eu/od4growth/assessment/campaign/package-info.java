/**
 * Campaigns: a coordinator's diagnostic round (a published model, a period, a target population), the organisations
 * invited to it and their progress.
 */
package eu.od4growth.assessment.campaign;
