/** The radar chart of an assessment's dimensions, drawn as a standalone SVG 1.1 document. */
package eu.od4growth.assessment.radar;
