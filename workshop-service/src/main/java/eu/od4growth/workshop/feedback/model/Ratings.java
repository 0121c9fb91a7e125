package eu.od4growth.workshop.feedback.model;

import eu.od4growth.common.problem.Violations;

/** The two ratings of the deck's questionnaire, each from 1 to 5: the event, and the organisation that held it. */
public record Ratings(int event, int organisation) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public Ratings {
        Violations violations = new Violations();
        if (event < LOWEST || event > HIGHEST) {
            violations.add("eventRating", "must be from 1 to 5");
        }
        if (organisation < LOWEST || organisation > HIGHEST) {
            violations.add("organizationRating", "must be from 1 to 5");
        }
        violations.throwIfAny();
    }
}
