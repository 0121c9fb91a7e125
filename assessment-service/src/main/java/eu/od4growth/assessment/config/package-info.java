/** Technical set-up of the service: the clock, and the problem response of domain validation. */
package eu.od4growth.assessment.config;
