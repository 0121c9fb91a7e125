package eu.od4growth.workshop.feedback.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attendee's answer to the satisfaction questionnaire of the session they attended. */
@Schema(name = "FeedbackRequest", description = "The deck's questionnaire: the event and the organisation rated 1 to 5, and a comment")
public record FeedbackRequest(
        @NotNull @Schema(description = "The caller's registration for the session they attended") UUID registration,
        @NotNull @Min(1) @Max(5) @Schema(description = "How good the event was, 1 (poor) to 5 (excellent)", examples = "5") Integer eventRating,
        @NotNull @Min(1) @Max(5) @Schema(description = "How well the organisation organised it, 1 to 5", examples = "4") Integer organizationRating,
        @Size(max = 4000) @Schema(description = "Free comment, read by the organisers only", examples = "Très clair, merci !") String comment,
        @Schema(description = "Answers to the event's extra feedback questions, keyed by question code") Map<String, Object> answers) {
}
