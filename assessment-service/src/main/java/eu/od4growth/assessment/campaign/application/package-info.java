/** The campaign use cases, each in one transaction: who sees which campaign, invitations, admission and progress. */
package eu.od4growth.assessment.campaign.application;
