package eu.od4growth.workshop.feedback.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.od4growth.workshop.feedback.model.RatingStats;

/**
 * The satisfaction questionnaire of a session, an event, or an organiser's events in a period: how many attendees
 * answered, and how they rated the event and the organisation; with the comments, since only organisers read it.
 */
@Schema(name = "FeedbackSummary", description = "The satisfaction questionnaire summed up for a session, an event, or an organisation's events in a period: how many attendees answered, how they rated the event and the organisation, and the comments")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedbackSummary(@Schema(description = "The session summed up, if one") UUID session,
        @Schema(description = "The event summed up, if one") UUID event,
        @Schema(description = "The organising organization whose events are summed up, if one", examples = "grand-est") String organization,
        @Schema(description = "Sessions starting on or after this day (UTC)") LocalDate from,
        @Schema(description = "Sessions starting on or before this day (UTC)") LocalDate to,
        @Schema(description = "Answers received", examples = "12") long responses,
        @Schema(description = "Attendees (confirmed and checked in), who were invited to answer", examples = "15") long attendees,
        @Schema(description = "responses / attendees, 0 to 1; null without attendees", examples = "0.8") Double responseRate,
        RatingStats eventRating,
        RatingStats organizationRating,
        @Schema(description = "The comments, newest first (organisers only)") List<Comment> comments) {

    /** One comment, with its author's name unless the event collects anonymous feedback. */
    @Schema(name = "FeedbackComment", description = "One comment of a satisfaction questionnaire, with its author's name unless the event collects anonymous feedback")
    public record Comment(
            UUID session,
            @Schema(description = "The comment", examples = "Très clair, merci !") String text,
            @Schema(description = "The participant's name; absent for anonymous feedback", examples = "Jan Kowalski") @JsonInclude(JsonInclude.Include.NON_NULL) String author,
            Instant createdAt) {
    }
}
