/** The campaign, its life cycle and its invitations: domain rules, no HTTP, no queries. */
package eu.od4growth.assessment.campaign.model;
