/**
 * How answers become maturity: the two scoring strategies a model chooses from (ODM-style weighted sums, ODI-style
 * level ladders), strengths and weaknesses, and the evolution between two assessments. Pure code, no I/O.
 */
package eu.od4growth.assessment.scoring;
