package eu.od4growth.workshop.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Runs the invitations to the satisfaction questionnaire now and then ({@code od4g.workshop.feedback.invite-every}). */
@ApplicationScoped
class FeedbackInvitations {

    private final Feedbacks feedbacks;

    FeedbackInvitations(Feedbacks feedbacks) {
        this.feedbacks = feedbacks;
    }

    @Scheduled(identity = "feedback-invitations", every = "${od4g.workshop.feedback.invite-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        feedbacks.inviteAttendees();
    }
}
