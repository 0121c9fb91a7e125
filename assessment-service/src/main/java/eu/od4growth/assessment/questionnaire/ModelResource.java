package eu.od4growth.assessment.questionnaire;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.common.paging.PageLinks;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;

/** HTTP face of questionnaire models: published models are public, drafts belong to their organisation. */
@Path("/api/models")
@Tag(name = "Questionnaire models")
public class ModelResource {

    private final QuestionnaireModels models;

    ModelResource(QuestionnaireModels models) {
        this.models = models;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listModels", summary = "List questionnaire models", description = "Published models for everyone; coordinators also see their organization's drafts.")
    @APIResponse(responseCode = "200", description = "One page of models, with Link headers to the others")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public RestResponse<PageResponse<ModelView>> list(@Valid @BeanParam PageParams paging,
            @Parameter(description = "Only the models of this organization (slug)") @QueryParam("organization") String organization,
            @Context UriInfo uri) {
        return PageLinks.ok(models.list(paging, organization), uri);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getModel", summary = "Read a questionnaire model", description = "Another organization's draft is answered 404.")
    @APIResponse(responseCode = "200", description = "The model")
    @APIResponse(responseCode = "404", description = "No such model visible to the caller")
    public RestResponse<ModelView> get(@PathParam("id") UUID id) {
        return view(models.get(id));
    }

    @POST
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "createModel", summary = "Draft a questionnaire model for the caller's organization")
    @APIResponse(responseCode = "201", description = "Created as a draft")
    @APIResponse(responseCode = "400", description = "Invalid model")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public RestResponse<ModelView> create(@Valid @NotNull ModelRequest request, @Context UriInfo uri) {
        QuestionnaireModel model = models.create(request);
        return ETags.created(uri, model.id(), ModelView.of(model), model.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "updateModel", summary = "Revise a draft model", description = "A published model never changes.")
    @APIResponse(responseCode = "200", description = "The revised model")
    @APIResponse(responseCode = "400", description = "Invalid model")
    @APIResponse(responseCode = "404", description = "No such model visible to the caller")
    @APIResponse(responseCode = "409", description = "The model is published, or the code would change")
    public RestResponse<ModelView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ModelRequest request) {
        return view(models.revise(id, ifMatch, request));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "publishModel", summary = "Publish a draft model", description = "Freezes it and shows it to everyone.")
    @APIResponse(responseCode = "200", description = "The published model")
    @APIResponse(responseCode = "404", description = "No such model visible to the caller")
    @APIResponse(responseCode = "409", description = "The model is already published")
    public RestResponse<ModelView> publish(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(models.perform(id, ifMatch, ModelAction.PUBLISH));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "deleteModel", summary = "Delete a draft model")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such model visible to the caller")
    @APIResponse(responseCode = "409", description = "The model is published")
    public void delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        models.delete(id, ifMatch);
    }

    private static RestResponse<ModelView> view(QuestionnaireModel model) {
        return ETags.ok(ModelView.of(model), model.version());
    }
}
