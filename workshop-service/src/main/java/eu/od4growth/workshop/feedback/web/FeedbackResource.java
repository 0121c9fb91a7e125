package eu.od4growth.workshop.feedback.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.common.security.Caller;
import eu.od4growth.workshop.feedback.application.FeedbackSummary;
import eu.od4growth.workshop.feedback.application.Feedbacks;
import eu.od4growth.workshop.feedback.model.Feedback;
import eu.od4growth.workshop.feedback.model.Ratings;

/**
 * HTTP face of the satisfaction questionnaire: attendees answer once after their session; organisers read the answers
 * and their aggregates per session, per event, or across their events in a period.
 */
@Path("/api/feedback")
@Tag(name = "Feedback")
@RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER, Caller.RESPONDENT, Caller.PARTICIPANT })
public class FeedbackResource {

    private final Feedbacks feedbacks;

    FeedbackResource(Feedbacks feedbacks) {
        this.feedbacks = feedbacks;
    }

    @POST
    @Operation(operationId = "giveFeedback", summary = "Answer the satisfaction questionnaire of a session attended", description = "The participant of the registration, once the session has ended, if they attended (confirmed and checked in), once. Anonymous events keep no name.")
    @APIResponse(responseCode = "201", description = "The answer as stored")
    @APIResponse(responseCode = "400", description = "A rating outside 1-5, a comment too long, or an invalid answer (one violation each)")
    @APIResponse(responseCode = "403", description = "The caller did not attend the session (not confirmed or not checked in)")
    @APIResponse(responseCode = "404", description = "No such registration of the caller")
    @APIResponse(responseCode = "409", description = "The session has not ended yet, or feedback was already given")
    public RestResponse<FeedbackView> give(@Valid @NotNull FeedbackRequest request, @Context UriInfo uri) {
        Feedback feedback = feedbacks.give(request.registration(),
                new Ratings(request.eventRating(), request.organizationRating()), request.comment(), request.answers());
        URI location = uri.getAbsolutePathBuilder().path(feedback.id().toString()).build();
        return RestResponse.ResponseBuilder.<FeedbackView> created(location).entity(FeedbackView.of(feedback)).build();
    }

    @GET
    @Operation(operationId = "listFeedback", summary = "List answers to the satisfaction questionnaire", description = "With session or event: all its answers, for its organisers, newest first. Without: the caller's own answers (anonymous ones cannot be told apart and are not listed).")
    @APIResponse(responseCode = "200", description = "The answers")
    @APIResponse(responseCode = "400", description = "Both session and event given")
    @APIResponse(responseCode = "403", description = "Not an organiser of the session or event")
    @APIResponse(responseCode = "404", description = "No such session or event visible to the caller")
    public List<FeedbackView> list(
            @Parameter(description = "The answers of this session") @QueryParam("session") UUID session,
            @Parameter(description = "The answers of every session of this event") @QueryParam("event") UUID event) {
        return feedbacks.list(session, event).stream().map(FeedbackView::of).toList();
    }

    @GET
    @Path("summary")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "getFeedbackSummary", summary = "Aggregates of the satisfaction questionnaire", description = "For organisers, exactly one scope: a session, an event, or an organization's sessions starting in a period. Responses, attendees and response rate; for the event rating and the organization rating: count, mean and distribution 1-5; the comments.")
    @APIResponse(responseCode = "200", description = "The aggregates")
    @APIResponse(responseCode = "400", description = "Not exactly one of session, event, organization")
    @APIResponse(responseCode = "403", description = "Not an organiser of that scope")
    @APIResponse(responseCode = "404", description = "No such session or event visible to the caller")
    public FeedbackSummary summary(@Parameter(description = "One session") @QueryParam("session") UUID session,
            @Parameter(description = "Every session of one event") @QueryParam("event") UUID event,
            @Parameter(description = "Every session of this organising organization's events (slug)", example = "grand-est") @QueryParam("organization") String organization,
            @Parameter(description = "With organization: sessions starting on or after this day (UTC)") @QueryParam("from") LocalDate from,
            @Parameter(description = "With organization: sessions starting on or before this day (UTC)") @QueryParam("to") LocalDate to) {
        return feedbacks.summary(session, event, organization, from, to);
    }
}
