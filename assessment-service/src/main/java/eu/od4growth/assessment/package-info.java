/** Open-data maturity diagnostics: questionnaire models, campaigns, assessments, scores, benchmarks, action plans. */
package eu.od4growth.assessment;
