/** The action-plan use cases, each in one transaction, with the owned-record rules applied. */
package eu.od4growth.assessment.plan.application;
