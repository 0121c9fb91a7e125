package eu.od4growth.assessment.campaign.model;

import java.time.LocalDate;

import eu.od4growth.common.problem.Violations;

/** The days a campaign accepts assessments, both included; never inverted. */
public record Period(LocalDate opensOn, LocalDate closesOn) {

    /** The period, or a 400 naming {@code closesOn} when it ends before it starts. */
    public static Period of(LocalDate opensOn, LocalDate closesOn) {
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            new Violations().add("closesOn", "must not be before opensOn (" + opensOn + ")").throwIfAny();
        }
        return new Period(opensOn, closesOn);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
