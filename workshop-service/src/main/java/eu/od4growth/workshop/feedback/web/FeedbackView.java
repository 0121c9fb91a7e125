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
public record FeedbackView(@Schema(description = "Identifier of the answer") UUID id,
        @Schema(description = "The session attended", examples = "6d2e9a41-3c7b-4f08-a5d2-91e4b7c0f318") UUID session,
        @Schema(description = "The session's event", examples = "0b6f3c2e-8d1a-4f5b-9e47-2c9a1d3b7e58") UUID event,
        @Schema(description = "How good the event was, 1 (poor) to 5 (excellent)", examples = "5") int eventRating,
        @Schema(description = "How well the organisation organised it, 1 to 5", examples = "4") int organizationRating,
        @Schema(description = "Free comment, read by the organisers only", examples = "Très clair, merci !") String comment,
        @Schema(description = "Answers to the event's extra feedback questions, keyed by question code", examples = "{\"would-recommend\": true}") Map<String, Object> answers,
        @Schema(description = "Whether the event collects anonymous feedback (then no name is kept)") boolean anonymous,
        @Schema(description = "The participant's name; absent for anonymous feedback") String participantName,
        @Schema(description = "When the answer was given") Instant createdAt) {

    static FeedbackView of(Feedback feedback) {
        return new FeedbackView(feedback.id(), feedback.session().id(), feedback.eventId(), feedback.eventRating(),
                feedback.organisationRating(), feedback.comment(), feedback.answers(), feedback.isAnonymous(),
                feedback.participantName(), feedback.createdAt());
    }
}
