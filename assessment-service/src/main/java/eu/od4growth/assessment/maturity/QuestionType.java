package eu.od4growth.assessment.maturity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a question is answered and whether its answer earns points. */
@Schema(description = "How a question is answered: YES_NO (choice yes/no), SINGLE_CHOICE (one option code), MULTIPLE_CHOICE (several option codes), NUMERIC (a number scored by bands), SCALE (a whole number between the scale's ends), FREE_TEXT and INFORMATIONAL (never scored)")
public enum QuestionType {
    /** Answered {@code choice: "yes"} (full fraction) or {@code "no"} (nothing). */
    YES_NO,
    /** One option; the option's fraction of the weight is earned. */
    SINGLE_CHOICE,
    /** Several options; their fractions are summed and capped. */
    MULTIPLE_CHOICE,
    /** A number; the band it falls in gives the fraction. */
    NUMERIC,
    /** A whole number between the scale's ends; the fraction grows linearly from the low end to the high end. */
    SCALE,
    /** A free text, never scored. */
    FREE_TEXT,
    /** Context asked for information only (a choice among options or a text), never scored. */
    INFORMATIONAL;

    /** Whether answers of this type earn points (or fulfil a level). */
    public boolean scored() {
        return this != FREE_TEXT && this != INFORMATIONAL;
    }
}
