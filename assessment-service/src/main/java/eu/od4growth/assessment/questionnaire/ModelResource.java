package eu.od4growth.assessment.questionnaire;

import java.net.URI;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Operation(operationId = "listModels", summary = "List questionnaire models", description = "Published models for everyone; coordinators also see their organisation's drafts.")
    @APIResponse(responseCode = "200", description = "One page of models, with Link headers to the others")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public RestResponse<PageResponse<ModelView>> list(@Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageLinks.ok(models.list(paging.page, paging.size), uri);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getModel", summary = "Read a questionnaire model", description = "Another organisation's draft is answered 404.")
    @APIResponse(responseCode = "200", description = "The model; its ETag goes into If-Match to change it", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such model visible to the caller")
    public RestResponse<ModelView> get(@PathParam("id") UUID id) {
        QuestionnaireModel model = models.get(id);
        return ETags.ok(ModelView.of(model), model.version());
    }

    @POST
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "createModel", summary = "Draft a questionnaire model for the caller's organisation")
    @APIResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) }, content = @Content(mediaType = "application/json", schema = @Schema(implementation = ModelView.class)))
    @APIResponse(responseCode = "400", description = "Invalid model")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public RestResponse<ModelView> create(@Valid @NotNull ModelRequest request, @Context UriInfo uri) {
        QuestionnaireModel model = models.create(request);
        URI location = uri.getAbsolutePathBuilder().path(model.id().toString()).build();
        return ETags.created(location, ModelView.of(model), model.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "updateModel", summary = "Revise or publish a draft model", description = "Needs the model's ETag in If-Match; a published model never changes.")
    @APIResponse(responseCode = "200", description = "The revised model", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid model")
    @APIResponse(responseCode = "404", description = "No such model visible to the caller")
    @APIResponse(responseCode = "409", description = "The model is published")
    @APIResponse(responseCode = "412", description = "The model changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ModelView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ModelRequest request) {
        QuestionnaireModel model = models.revise(id, ifMatch, request);
        return ETags.ok(ModelView.of(model), model.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "deleteModel", summary = "Delete a draft model", description = "Needs the model's ETag in If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such model visible to the caller")
    @APIResponse(responseCode = "409", description = "The model is published")
    @APIResponse(responseCode = "412", description = "The model changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public void delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        models.delete(id, ifMatch);
    }
}
