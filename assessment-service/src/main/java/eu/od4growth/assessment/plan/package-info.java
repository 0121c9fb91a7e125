/** Action plans, the deck's "Define, Improve": objectives per dimension and the actions that serve them. */
package eu.od4growth.assessment.plan;
