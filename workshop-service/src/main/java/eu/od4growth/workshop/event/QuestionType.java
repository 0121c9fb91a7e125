package eu.od4growth.workshop.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer types of a registration question; each answer is checked against its question's type. */
@Schema(description = "The answer type of a question: SHORT_TEXT and LONG_TEXT (strings), NUMBER, YES_NO (boolean), SINGLE_CHOICE (one option code), MULTIPLE_CHOICE (a list of option codes), DATE (ISO 8601 day) or COUNTRY (ISO 3166-1 alpha-2 code)")
public enum QuestionType {
    SHORT_TEXT,
    LONG_TEXT,
    NUMBER,
    YES_NO,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    DATE,
    COUNTRY;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
