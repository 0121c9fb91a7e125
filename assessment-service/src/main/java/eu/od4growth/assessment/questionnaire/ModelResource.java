package eu.od4growth.assessment.questionnaire;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.common.i18n.Languages;
import eu.od4growth.common.paging.PageLinks;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;

/** HTTP face of questionnaire models: published models are public, drafts belong to their organisation. */
@Path("/api/models")
@Produces(MediaType.APPLICATION_JSON)
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
    @Operation(operationId = "createModel", summary = "Draft a questionnaire model for the caller's organization", description = "The body is a model document (see importModel); its levels and dimensions may come later, through updateModel, before publishing.")
    @APIResponse(responseCode = "201", description = "Created as a draft")
    @APIResponse(responseCode = "400", description = "Invalid model")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public RestResponse<ModelView> create(@NotNull ModelDocument document, @Context UriInfo uri) {
        QuestionnaireModel model = models.create(document);
        return ETags.created(uri, model.id(), ModelView.of(model), model.version());
    }

    @POST
    @Path("import")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "importModel", summary = "Import a whole model document as a draft of the caller's organization", description = "The document is what GET /api/models/{id}/export answers: header, maturity levels, dimensions, sub-dimensions and questions. Every invalid field is listed, by its path in the document.")
    @APIResponse(responseCode = "201", description = "Imported as a draft", headers = {
            @Header(name = "Location", description = "URL of the new model", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", description = "Version of the model, to send back in If-Match to change it", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "Invalid document; violations name the fields by their path, e.g. dimensions[0].subDimensions[1].questions[2].weight")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public RestResponse<ModelView> importModel(@NotNull ModelDocument document, @Context UriInfo uri) {
        QuestionnaireModel model = models.create(document);
        URI location = uri.getBaseUriBuilder().path(ModelResource.class).path(model.id().toString()).build();
        return RestResponse.ResponseBuilder.<ModelView> created(location).entity(ModelView.of(model))
                .tag(ETags.of(model.version())).build();
    }

    @GET
    @Path("{id}/export")
    @PermitAll
    @Operation(operationId = "exportModel", summary = "Export a whole model as one document", description = "Every language of every text; POST /api/models/import accepts it as it is (with another code).")
    @APIResponse(responseCode = "200", description = "The model document")
    @APIResponse(responseCode = "404", description = "No such model visible to the caller")
    public ModelDocument export(@PathParam("id") UUID id) {
        return ModelDocument.of(models.get(id));
    }

    @GET
    @Path("{id}/questionnaire")
    @PermitAll
    @Operation(operationId = "getQuestionnaire", summary = "Read a model's questions in one language", description = "The language is ?lang=, else the first of Accept-Language that the model has, else the model's fallback language; a text missing in that language is given in the fallback language.")
    @APIResponse(responseCode = "200", description = "The questionnaire", headers = @Header(name = "Content-Language", description = "Language of the texts", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "lang is not a partner language")
    @APIResponse(responseCode = "404", description = "No such model visible to the caller")
    public RestResponse<QuestionnaireView> questionnaire(@PathParam("id") UUID id,
            @Parameter(description = "Language of the texts (fr, en, it, pl, es, hu, lv, lt, el)") @QueryParam("lang") @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String lang,
            @Context HttpHeaders headers) {
        QuestionnaireModel model = models.get(id);
        String language = AnswerableModel.of(model).language(lang, headers.getAcceptableLanguages());
        return RestResponse.ResponseBuilder.ok(QuestionnaireView.of(model, language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language).build();
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
            @NotNull ModelDocument document) {
        return view(models.revise(id, ifMatch, document));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "publishModel", summary = "Publish a draft model", description = "Freezes it and shows it to everyone; it needs at least one dimension and one scored question.")
    @APIResponse(responseCode = "200", description = "The published model")
    @APIResponse(responseCode = "404", description = "No such model visible to the caller")
    @APIResponse(responseCode = "409", description = "The model is already published, or has nothing to answer")
    public RestResponse<ModelView> publish(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(models.perform(id, ifMatch, ModelAction.PUBLISH));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "deleteModel", summary = "Delete a draft model", description = "Only a draft can be deleted (a published model may have assessments and never changes), with the If-Match of its current version.")
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
