package eu.od4growth.assessment.plan.web;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.assessment.plan.application.ActionPlans;
import eu.od4growth.assessment.plan.application.Tracked;
import eu.od4growth.assessment.plan.model.ActionStatus;
import eu.od4growth.assessment.plan.model.ActionTransition;
import eu.od4growth.assessment.plan.model.PlanAction;
import eu.od4growth.common.paging.PageLinks;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;

/**
 * HTTP face of action plans (the deck's table): an organisation's coordinators set objectives per dimension and plan
 * actions; administrators see all. Changes need If-Match; an action's status moves through start, complete, drop.
 */
@Path("/api/action-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans")
@RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
public class ActionPlanResource {

    private static final String OBJECTIVES = "objectives";
    private static final String ACTIONS = "actions";

    private final ActionPlans plans;

    ActionPlanResource(ActionPlans plans) {
        this.plans = plans;
    }

    @GET
    @Path(OBJECTIVES)
    @Operation(operationId = "listObjectives", summary = "List the objectives of the caller's organization", description = "Earliest due first; each with whether the next assessment reached it. Administrators see every organization's.")
    @APIResponse(responseCode = "200", description = "One page of objectives")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither coordinator nor administrator")
    public RestResponse<PageResponse<ObjectiveView>> listObjectives(@Valid @BeanParam PageParams paging,
            @Parameter(description = "Only this organization's (slug)") @QueryParam("organization") String organization,
            @Parameter(description = "Only objectives on this model") @QueryParam("model") UUID model,
            @Context UriInfo uri) {
        PageResponse<Tracked> page = plans.listObjectives(paging, organization, model);
        return PageLinks.ok(new PageResponse<>(page.items().stream().map(ObjectiveView::of).toList(), page.page(),
                page.size(), page.total()), uri);
    }

    @POST
    @Path(OBJECTIVES)
    @Operation(operationId = "createObjective", summary = "Set an objective for one dimension", description = "For the caller's organization: a target percentage or maturity level of a dimension of a model, by a date, from a baseline assessment or not.")
    @APIResponse(responseCode = "201", description = "Set")
    @APIResponse(responseCode = "400", description = "Unknown dimension or level, target out of range, neither or both targets, no such model or assessment")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator, or no organization")
    public RestResponse<ObjectiveView> createObjective(@Valid @NotNull ObjectiveRequest request,
            @Context UriInfo uri) {
        Tracked tracked = plans.setObjective(request.model(), request.assessment(), request.terms());
        return ETags.created(uri, tracked.objective().id(), ObjectiveView.of(tracked), tracked.objective().version());
    }

    @GET
    @Path(OBJECTIVES + "/{id}")
    @Operation(operationId = "getObjective", summary = "Read an objective and whether it was reached", description = "Answers the ETag to send back in If-Match to change or delete it; outcome is absent until the organisation submits its next assessment of the model family.")
    @APIResponse(responseCode = "200", description = "The objective")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither coordinator nor administrator")
    @APIResponse(responseCode = "404", description = "No such objective visible to the caller")
    public RestResponse<ObjectiveView> getObjective(@PathParam("id") UUID id) {
        Tracked tracked = plans.getObjective(id);
        return ETags.ok(ObjectiveView.of(tracked), tracked.objective().version());
    }

    @PUT
    @Path(OBJECTIVES + "/{id}")
    @Operation(operationId = "updateObjective", summary = "Change an objective", description = "Replaces its terms (baseline or model, dimension, target, due date) with the If-Match of its current version; the model must be published and a baseline assessment must be the organisation's own.")
    @APIResponse(responseCode = "200", description = "The objective changed")
    @APIResponse(responseCode = "400", description = "Invalid objective, one violation per field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another organization's objective")
    @APIResponse(responseCode = "404", description = "No such objective visible to the caller")
    public RestResponse<ObjectiveView> updateObjective(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ObjectiveRequest request) {
        Tracked tracked = plans.reviseObjective(id, ifMatch, request.model(), request.assessment(), request.terms());
        return ETags.ok(ObjectiveView.of(tracked), tracked.objective().version());
    }

    @DELETE
    @Path(OBJECTIVES + "/{id}")
    @Operation(operationId = "deleteObjective", summary = "Delete an objective", description = "Its actions stay, unlinked.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another organization's objective")
    @APIResponse(responseCode = "404", description = "No such objective visible to the caller")
    public void deleteObjective(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        plans.deleteObjective(id, ifMatch);
    }

    @GET
    @Path(ACTIONS)
    @Operation(operationId = "listPlanActions", summary = "List the actions of the caller's organization, highest risk first", description = "As the deck's table: highest risk first, then the earliest end; overdue actions (end passed, neither done nor dropped) flagged. Administrators see every organization's.")
    @APIResponse(responseCode = "200", description = "One page of actions")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither coordinator nor administrator")
    public RestResponse<PageResponse<ActionView>> listActions(@Valid @BeanParam PageParams paging,
            @Parameter(description = "Only this organization's (slug)") @QueryParam("organization") String organization,
            @Parameter(description = "Only the actions of this objective") @QueryParam("objective") UUID objective,
            @Parameter(description = "Only actions in this status") @QueryParam("status") ActionStatus status,
            @Context UriInfo uri) {
        return PageLinks.ok(plans.listActions(paging, organization, objective, status, ActionView::of), uri);
    }

    @POST
    @Path(ACTIONS)
    @Operation(operationId = "createPlanAction", summary = "Plan an action", description = "Always planned, whatever the body says; for the caller's organization.")
    @APIResponse(responseCode = "201", description = "Planned")
    @APIResponse(responseCode = "400", description = "Invalid action (end before start, progress out of 0..100, another organization's objective), one violation per field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator, or no organization")
    public RestResponse<ActionView> createAction(@Valid @NotNull ActionRequest request, @Context UriInfo uri) {
        PlanAction action = plans.planAction(request.details());
        return ETags.created(uri, action.id(), ActionView.of(action, plans.today()), action.version());
    }

    @GET
    @Path(ACTIONS + "/{id}")
    @Operation(operationId = "getPlanAction", summary = "Read an action", description = "Answers the ETag to send back in If-Match to change, start, complete, drop or delete it, and whether it is overdue today.")
    @APIResponse(responseCode = "200", description = "The action")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither coordinator nor administrator")
    @APIResponse(responseCode = "404", description = "No such action visible to the caller")
    public RestResponse<ActionView> getAction(@PathParam("id") UUID id) {
        return view(plans.getAction(id));
    }

    @PUT
    @Path(ACTIONS + "/{id}")
    @Operation(operationId = "updatePlanAction", summary = "Change an action", description = "Not once done or dropped; its status changes only through start, complete and drop.")
    @APIResponse(responseCode = "200", description = "The action changed")
    @APIResponse(responseCode = "400", description = "Invalid action, one violation per field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another organization's action")
    @APIResponse(responseCode = "404", description = "No such action visible to the caller")
    @APIResponse(responseCode = "409", description = "The action is done or dropped")
    public RestResponse<ActionView> updateAction(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ActionRequest request) {
        return view(plans.reviseAction(id, ifMatch, request.details()));
    }

    @POST
    @Path(ACTIONS + "/{id}/start")
    @Operation(operationId = "startPlanAction", summary = "Start a planned action", description = "PLANNED becomes IN_PROGRESS, with the If-Match of its current version.")
    @APIResponse(responseCode = "200", description = "The action, in progress")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another organization's action")
    @APIResponse(responseCode = "404", description = "No such action visible to the caller")
    @APIResponse(responseCode = "409", description = "The action is not planned")
    public RestResponse<ActionView> start(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(plans.performAction(id, ifMatch, ActionTransition.START));
    }

    @POST
    @Path(ACTIONS + "/{id}/complete")
    @Operation(operationId = "completePlanAction", summary = "Complete an action", description = "Its progress becomes 100.")
    @APIResponse(responseCode = "200", description = "The action, done")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another organization's action")
    @APIResponse(responseCode = "404", description = "No such action visible to the caller")
    @APIResponse(responseCode = "409", description = "The action is already done or dropped")
    public RestResponse<ActionView> complete(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(plans.performAction(id, ifMatch, ActionTransition.COMPLETE));
    }

    @POST
    @Path(ACTIONS + "/{id}/drop")
    @Operation(operationId = "dropPlanAction", summary = "Drop an action that will not be done", description = "A planned or in-progress action becomes DROPPED, with the If-Match of its current version; it stays in the plan, never overdue.")
    @APIResponse(responseCode = "200", description = "The action, dropped")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another organization's action")
    @APIResponse(responseCode = "404", description = "No such action visible to the caller")
    @APIResponse(responseCode = "409", description = "The action is already done or dropped")
    public RestResponse<ActionView> drop(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(plans.performAction(id, ifMatch, ActionTransition.DROP));
    }

    @DELETE
    @Path(ACTIONS + "/{id}")
    @Operation(operationId = "deletePlanAction", summary = "Delete an action", description = "Removes it from the plan for good, whatever its status, with the If-Match of its current version.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another organization's action")
    @APIResponse(responseCode = "404", description = "No such action visible to the caller")
    public void deleteAction(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        plans.deleteAction(id, ifMatch);
    }

    private RestResponse<ActionView> view(PlanAction action) {
        return ETags.ok(ActionView.of(action, plans.today()), action.version());
    }
}
