/** Benchmarks: k-anonymous figures of a campaign or of a model's campaigns, by group, and a respondent's position. */
package eu.od4growth.assessment.benchmark;
