/** HTTP face of campaigns: requests, views, invitations and progress. */
package eu.od4growth.assessment.campaign.web;
