/** The assessment use cases, each in one transaction, and who may read, answer, submit and reopen. */
package eu.od4growth.assessment.assessment.application;
