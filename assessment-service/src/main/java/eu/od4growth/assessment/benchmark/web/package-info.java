/** HTTP face of benchmarks. */
package eu.od4growth.assessment.benchmark.web;
