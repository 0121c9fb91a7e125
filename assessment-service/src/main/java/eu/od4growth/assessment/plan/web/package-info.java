/** HTTP face of action plans: objectives and actions. */
package eu.od4growth.assessment.plan.web;
