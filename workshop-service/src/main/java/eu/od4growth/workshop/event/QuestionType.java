package eu.od4growth.workshop.event;

/** The answer types of a registration question; each answer is checked against its question's type. */
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
