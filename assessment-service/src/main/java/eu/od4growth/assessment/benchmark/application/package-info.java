/** The benchmark use case: who may ask, which assessments count, their scores. */
package eu.od4growth.assessment.benchmark.application;
