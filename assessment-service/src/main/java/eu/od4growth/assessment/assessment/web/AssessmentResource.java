package eu.od4growth.assessment.assessment.web;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.assessment.assessment.application.Answered;
import eu.od4growth.assessment.assessment.application.Assessments;
import eu.od4growth.assessment.assessment.application.Outcome;
import eu.od4growth.assessment.assessment.model.AssessmentStatus;
import eu.od4growth.common.i18n.Languages;
import eu.od4growth.common.paging.PageLinks;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;

/**
 * HTTP face of assessments: respondents of an organisation start, answer (in parts, with If-Match) and submit them;
 * its coordinators reopen them; both, and administrators, read them and their results. Others get 404.
 */
@Path("/api/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentResource {

    private static final String SVG = "image/svg+xml";
    private static final String READERS_NOTE = " Respondents and coordinators of the assessed organization, and administrators, read it; anyone else gets 404.";

    private final Assessments assessments;

    AssessmentResource(Assessments assessments) {
        this.assessments = assessments;
    }

    @GET
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.RESPONDENT })
    @Operation(operationId = "listAssessments", summary = "List the caller's assessments", description = "The assessments of the caller's organization, newest first, with their status; administrators see every organization's.")
    @APIResponse(responseCode = "200", description = "One page of assessments, with Link headers to the others")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither respondent, coordinator nor administrator, or no organization")
    public RestResponse<PageResponse<AssessmentView>> list(@Valid @BeanParam PageParams paging,
            @Parameter(description = "Only assessments in this status") @QueryParam("status") AssessmentStatus status,
            @Parameter(description = "Only assessments of this model") @QueryParam("model") UUID model,
            @Parameter(description = "Only this organization's assessments (administrators)") @QueryParam("organization") String organization,
            @Parameter(description = "Only the assessments started within this campaign") @QueryParam("campaign") UUID campaign,
            @Context UriInfo uri) {
        PageResponse<Answered> page = assessments.list(paging, status, model, organization, campaign);
        return PageLinks.ok(new PageResponse<>(page.items().stream().map(AssessmentView::of).toList(), page.page(),
                page.size(), page.total()), uri);
    }

    @POST
    @RolesAllowed(Caller.RESPONDENT)
    @Operation(operationId = "startAssessment", summary = "Start an assessment of a published model for the caller's organization", description = "The assessment is a draft without answers; the organization comes from the token. Within a campaign (campaign set): only while it is open and in its period, only for an invited organization, one assessment per organization.")
    @APIResponse(responseCode = "201", description = "Started as a draft")
    @APIResponse(responseCode = "400", description = "Invalid profile, no published model with that id, no such campaign, or not the campaign's model")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a respondent, no organization, or the organization is not invited to the campaign")
    @APIResponse(responseCode = "409", description = "The campaign is not open (or outside its period), or the organization already started its assessment within it")
    public RestResponse<AssessmentView> start(@Valid @NotNull StartRequest request, @Context UriInfo uri) {
        Answered started = assessments.start(request.model(), request.campaign(), request.profile());
        return ETags.created(uri, started.assessment().id(), AssessmentView.of(started),
                started.assessment().version());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.RESPONDENT })
    @Operation(operationId = "getAssessment", summary = "Read an assessment and its answers so far", description = "Resume answering from here."
            + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The assessment")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither respondent, coordinator nor administrator")
    @APIResponse(responseCode = "404", description = "No such assessment visible to the caller")
    public RestResponse<AssessmentView> get(@PathParam("id") UUID id) {
        return view(assessments.get(id));
    }

    @PUT
    @Path("{id}/answers")
    @RolesAllowed(Caller.RESPONDENT)
    @Operation(operationId = "saveAnswers", summary = "Save some answers of a draft assessment", description = "Merges the answers sent with those saved (a null answer clears its question). All or nothing: each bad answer is one violation named answers.<question code> (unknown question, wrong kind of value, option not offered, not applicable or unsure not allowed). Two tabs saving from one version: the second gets 412.")
    @APIResponse(responseCode = "200", description = "The assessment with the answers saved")
    @APIResponse(responseCode = "400", description = "Bad answers, one violation each; nothing saved")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a respondent of the assessed organization")
    @APIResponse(responseCode = "404", description = "No such assessment visible to the caller")
    @APIResponse(responseCode = "409", description = "The assessment is submitted: read-only until reopened")
    public RestResponse<AssessmentView> answer(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AnswersRequest request) {
        return view(assessments.answer(id, ifMatch, request.answers()));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Caller.RESPONDENT)
    @Operation(operationId = "submitAssessment", summary = "Submit an assessment", description = "Freezes it; every required question must be answered (an answer may be 'not applicable' or 'unsure' where the model allows).")
    @APIResponse(responseCode = "200", description = "The submitted assessment")
    @APIResponse(responseCode = "400", description = "Required answers are missing, one violation each (answers.<question code>)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a respondent of the assessed organization")
    @APIResponse(responseCode = "404", description = "No such assessment visible to the caller")
    @APIResponse(responseCode = "409", description = "Already submitted")
    public RestResponse<AssessmentView> submit(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(assessments.submit(id, ifMatch));
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "reopenAssessment", summary = "Reopen a submitted assessment for changes", description = "Coordinators of the assessed organization and administrators; the answers are kept.")
    @APIResponse(responseCode = "200", description = "The assessment, a draft again")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator of the assessed organization")
    @APIResponse(responseCode = "404", description = "No such assessment visible to the caller")
    @APIResponse(responseCode = "409", description = "The assessment is not submitted")
    public RestResponse<AssessmentView> reopen(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(assessments.reopen(id, ifMatch));
    }

    @GET
    @Path("{id}/results")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.RESPONDENT })
    @Operation(operationId = "getAssessmentResults", summary = "Read an assessment's results", description = "Score and maximum, percentage and maturity level per sub-dimension, dimension and total; strengths and weaknesses; the evolution since the organization's previous submitted assessment of the same model family. Texts in ?lang=, else Accept-Language, else the model's fallback language."
            + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The results", headers = @Header(name = "Content-Language", description = "Language of the texts", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "lang is not a partner language")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither respondent, coordinator nor administrator")
    @APIResponse(responseCode = "404", description = "No such assessment visible to the caller")
    public RestResponse<ResultsView> results(@PathParam("id") UUID id,
            @Parameter(description = "Language of the texts (fr, en, it, pl, es, hu, lv, lt, el)") @QueryParam("lang") @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String lang,
            @Context HttpHeaders headers) {
        ResultsView results = localized(id, lang, headers);
        return RestResponse.ResponseBuilder.ok(results).header(HttpHeaders.CONTENT_LANGUAGE, results.language())
                .build();
    }

    @GET
    @Path("{id}/radar.svg")
    @Produces(SVG)
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.RESPONDENT })
    @Operation(operationId = "getAssessmentRadar", summary = "Draw an assessment's dimensions as a radar chart", description = "A standalone SVG 1.1 document: one axis per dimension in percent of the maximum, labels in the requested language, the previous submitted assessment of the same model family as a dashed polygon, a legend, and a title and description for screen readers."
            + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)), headers = @Header(name = "Content-Language", description = "Language of the labels", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "lang is not a partner language")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither respondent, coordinator nor administrator")
    @APIResponse(responseCode = "404", description = "No such assessment visible to the caller")
    @APIResponse(responseCode = "409", description = "The model has fewer than 3 dimensions: no radar")
    public RestResponse<String> radar(@PathParam("id") UUID id,
            @Parameter(description = "Language of the labels (fr, en, it, pl, es, hu, lv, lt, el)") @QueryParam("lang") @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String lang,
            @Context HttpHeaders headers) {
        ResultsView results = localized(id, lang, headers);
        return RestResponse.ResponseBuilder.ok(RadarView.svg(results), SVG)
                .header(HttpHeaders.CONTENT_LANGUAGE, results.language()).build();
    }

    private ResultsView localized(UUID id, String lang, HttpHeaders headers) {
        Outcome outcome = assessments.results(id);
        return ResultsView.of(outcome, outcome.model().language(lang, headers.getAcceptableLanguages()));
    }

    private static RestResponse<AssessmentView> view(Answered answered) {
        return ETags.ok(AssessmentView.of(answered), answered.assessment().version());
    }
}
