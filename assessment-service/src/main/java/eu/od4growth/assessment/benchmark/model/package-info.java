/**
 * Benchmarks as plain code: the statistics of a group (count, mean, median, quartiles) and the disclosure rules
 * (k-anonymity, refusal of differencing queries, complementary suppression). No HTTP, no persistence.
 */
package eu.od4growth.assessment.benchmark.model;
