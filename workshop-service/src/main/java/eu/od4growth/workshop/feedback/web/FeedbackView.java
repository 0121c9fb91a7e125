package eu.od4growth.workshop.feedback.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.od4growth.workshop.feedback.model.Feedback;

/** An answer to the satisfaction questionnaire as its author and the event's organisers read it. */
@Schema(name = "Feedback", description = "One participant's answer to a session's satisfaction questionnaire, as its author and the event's organisers read it")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedbackView(UUID id,
        UUID session,
        UUID event,
        @Schema(description = "How good the event was, 1 (poor) to 5 (excellent)", examples = "5") int eventRating,
        @Schema(description = "How well the organisation organised it, 1 to 5", examples = "4") int organizationRating,
        @Schema(description = "Free comment, read by the organisers only", examples = "Très clair, merci !") String comment,
        @Schema(description = "Answers to the event's extra feedback questions, keyed by question code", examples = "{\"would-recommend\": true}") Map<String, Object> answers,
        @Schema(description = "Whether the event collects anonymous feedback (then no name is kept)") boolean anonymous,
        @Schema(description = "The participant's name; absent for anonymous feedback") String participantName,
        Instant createdAt) {

    static FeedbackView of(Feedback feedback) {
        return new FeedbackView(feedback.id(), feedback.session().id(), feedback.eventId(), feedback.eventRating(),
                feedback.organisationRating(), feedback.comment(), feedback.answers(), feedback.isAnonymous(),
                feedback.participantName(), feedback.createdAt());
    }
}
