/**
 * The maturity domain without HTTP or persistence: what a questionnaire model is made of (dimensions, sub-dimensions,
 * questions, maturity levels, multilingual texts), the rules a model and an answer must follow, and the answers
 * themselves. Scoring lives next door, in {@code scoring}.
 */
package eu.od4growth.assessment.maturity;
