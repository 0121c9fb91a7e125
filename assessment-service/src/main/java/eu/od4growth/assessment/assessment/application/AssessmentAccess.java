package eu.od4growth.assessment.assessment.application;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import eu.od4growth.assessment.assessment.model.Assessment;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.security.Caller;

/**
 * Who may do what with an assessment: its organisation's respondents answer and submit it, its coordinators reopen
 * it, both read it, administrators read every one. Anyone else does not learn that it exists (404).
 */
@RequestScoped
class AssessmentAccess {

    private final Caller caller;

    AssessmentAccess(Caller caller) {
        this.caller = caller;
    }

    boolean reads(Assessment assessment) {
        return caller.isAdmin() || own(assessment)
                && (caller.hasRole(Caller.RESPONDENT) || caller.hasRole(Caller.COORDINATOR));
    }

    void requireAnswering(Assessment assessment) {
        if (!(own(assessment) && caller.hasRole(Caller.RESPONDENT))) {
            throw ProblemException.forbidden("Only respondents of " + assessment.ownerOrganisation()
                    + " answer and submit its assessments");
        }
    }

    void requireReopening(Assessment assessment) {
        if (!caller.manages(assessment.ownerOrganisation(), Caller.COORDINATOR)) {
            throw ProblemException.forbidden("Only coordinators of " + assessment.ownerOrganisation()
                    + " and administrators reopen its assessments");
        }
    }

    /** The organisation whose assessments a list shows: any (null) for administrators, else the caller's own. */
    Optional<String> listedOrganisation() {
        return caller.isAdmin() ? Optional.empty() : Optional.of(caller.requireOrganisation());
    }

    String requireOrganisation() {
        return caller.requireOrganisation();
    }

    String subject() {
        return caller.subject();
    }

    private boolean own(Assessment assessment) {
        return caller.organisation().filter(assessment.ownerOrganisation()::equals).isPresent();
    }
}
