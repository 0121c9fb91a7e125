package eu.od4growth.assessment.campaign.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.assessment.campaign.application.CampaignExport;
import eu.od4growth.assessment.campaign.application.Campaigns;
import eu.od4growth.assessment.campaign.application.Progress;
import eu.od4growth.assessment.campaign.model.Campaign;
import eu.od4growth.assessment.campaign.model.CampaignAction;
import eu.od4growth.assessment.campaign.model.CampaignStatus;
import eu.od4growth.common.paging.PageLinks;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.validation.Slug;
import eu.od4growth.common.web.ETags;

/**
 * HTTP face of campaigns: coordinators prepare, open and close their organisation's campaigns and invite
 * organisations; invited organisations see them once open and start assessments within them; coordinators follow the
 * progress. Status changes only through the open and close actions.
 */
@Path("/api/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class CampaignResource {

    private static final String MANAGERS = " Coordinators of the campaign's organization and administrators; If-Match required.";

    private static final String CSV = "text/csv";

    private final Campaigns campaigns;
    private final CampaignExport export;
    private final ObjectMapper json;

    CampaignResource(Campaigns campaigns, CampaignExport export, ObjectMapper json) {
        this.campaigns = campaigns;
        this.export = export;
        this.json = json;
    }

    @GET
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.RESPONDENT })
    @Operation(operationId = "listCampaigns", summary = "List the campaigns the caller sees", description = "Coordinators see their organization's campaigns (drafts included) and the open or closed campaigns their organization is invited to; respondents the latter; administrators all. Newest period first.")
    @APIResponse(responseCode = "200", description = "One page of campaigns, with Link headers to the others")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither coordinator, respondent nor administrator")
    public RestResponse<PageResponse<CampaignView>> list(@Valid @BeanParam PageParams paging,
            @Parameter(description = "Only campaigns in this status") @QueryParam("status") CampaignStatus status,
            @Parameter(description = "Only the campaigns run by this organization (slug)") @QueryParam("organization") String organization,
            @Parameter(description = "Only the campaigns of this model") @QueryParam("model") UUID model,
            @Context UriInfo uri) {
        return PageLinks.ok(campaigns.list(paging, status, organization, model, CampaignView::of), uri);
    }

    @POST
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "createCampaign", summary = "Draft a campaign for the caller's organization", description = "Always a draft, whatever the body says; open it with openCampaign.")
    @APIResponse(responseCode = "201", description = "Created as a draft")
    @APIResponse(responseCode = "400", description = "Invalid terms: a violation per field (closesOn before opensOn, model not published, …)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator, or no organization")
    public RestResponse<CampaignView> create(@Valid @NotNull CampaignRequest request, @Context UriInfo uri) {
        Campaign campaign = campaigns.create(request.model(), request.terms());
        return ETags.created(uri, campaign.id(), CampaignView.of(campaign), campaign.version());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.RESPONDENT })
    @Operation(operationId = "getCampaign", summary = "Read a campaign", description = "Its organization's coordinators and administrators; invited organizations once it is open. Anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The campaign")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither coordinator, respondent nor administrator")
    @APIResponse(responseCode = "404", description = "No such campaign visible to the caller")
    public RestResponse<CampaignView> get(@PathParam("id") UUID id) {
        return view(campaigns.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "updateCampaign", summary = "Change a campaign's terms", description = "A draft or open campaign; the model changes only while it is a draft."
            + MANAGERS)
    @APIResponse(responseCode = "200", description = "The campaign changed")
    @APIResponse(responseCode = "400", description = "Invalid terms, one violation per field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The campaign belongs to another organization")
    @APIResponse(responseCode = "404", description = "No such campaign visible to the caller")
    @APIResponse(responseCode = "409", description = "The campaign is closed, or open and the model would change")
    public RestResponse<CampaignView> update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CampaignRequest request) {
        return view(campaigns.revise(id, ifMatch, request.model(), request.terms()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "deleteCampaign", summary = "Delete a draft campaign", description = "An open or closed campaign is kept (it may hold assessments)."
            + MANAGERS)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The campaign belongs to another organization")
    @APIResponse(responseCode = "404", description = "No such campaign visible to the caller")
    @APIResponse(responseCode = "409", description = "The campaign is not a draft")
    public void delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        campaigns.delete(id, ifMatch);
    }

    @POST
    @Path("{id}/open")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "openCampaign", summary = "Open a draft campaign", description = "Invited organizations then see it and start their assessments within it during its period."
            + MANAGERS)
    @APIResponse(responseCode = "200", description = "The open campaign")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The campaign belongs to another organization")
    @APIResponse(responseCode = "404", description = "No such campaign visible to the caller")
    @APIResponse(responseCode = "409", description = "The campaign is not a draft")
    public RestResponse<CampaignView> open(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(campaigns.perform(id, ifMatch, CampaignAction.OPEN));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "closeCampaign", summary = "Close an open campaign", description = "For good: no assessment starts within it any more; those started are kept."
            + MANAGERS)
    @APIResponse(responseCode = "200", description = "The closed campaign")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The campaign belongs to another organization")
    @APIResponse(responseCode = "404", description = "No such campaign visible to the caller")
    @APIResponse(responseCode = "409", description = "The campaign is not open")
    public RestResponse<CampaignView> close(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(campaigns.perform(id, ifMatch, CampaignAction.CLOSE));
    }

    @GET
    @Path("{id}/invitations")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.RESPONDENT })
    @Operation(operationId = "listCampaignInvitations", summary = "List the organizations invited to a campaign", description = "By slug: all of them for the campaign's coordinators and administrators; an invited organization sees its own invitation only.")
    @APIResponse(responseCode = "200", description = "The invitations, by organization slug")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither coordinator, respondent nor administrator")
    @APIResponse(responseCode = "404", description = "No such campaign visible to the caller")
    public List<InvitationView> invitations(@PathParam("id") UUID id) {
        return campaigns.invitations(id).stream().map(InvitationView::of).toList();
    }

    @POST
    @Path("{id}/invitations")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "inviteToCampaign", summary = "Invite organizations to a campaign", description = "By slug; one already invited stays as it is. Invitations are part of the campaign: send its ETag, and the answer carries its new one. Not once closed."
            + MANAGERS)
    @APIResponse(responseCode = "200", description = "Every invitation of the campaign")
    @APIResponse(responseCode = "400", description = "An organization is not a slug (violations name organizations[i])")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The campaign belongs to another organization")
    @APIResponse(responseCode = "404", description = "No such campaign visible to the caller")
    @APIResponse(responseCode = "409", description = "The campaign is closed")
    public RestResponse<List<InvitationView>> invite(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull InvitationsRequest request) {
        Campaign campaign = campaigns.invite(id, ifMatch, request.organizations());
        return ETags.ok(invitations(id), campaign.version());
    }

    @DELETE
    @Path("{id}/invitations/{organization}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "withdrawCampaignInvitation", summary = "Withdraw an organization's invitation", description = "An assessment it already started within the campaign stays. Send the campaign's ETag."
            + MANAGERS)
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The campaign belongs to another organization")
    @APIResponse(responseCode = "404", description = "No such campaign visible to the caller, or the organization is not invited")
    @APIResponse(responseCode = "409", description = "The campaign is closed")
    public RestResponse<Void> withdraw(@PathParam("id") UUID id,
            @Parameter(description = "Slug of the organization") @PathParam("organization") @Slug String organization,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Campaign campaign = campaigns.withdraw(id, ifMatch, organization);
        return RestResponse.ResponseBuilder.<Void> noContent().tag(ETags.of(campaign.version())).build();
    }

    @GET
    @Path("{id}/progress")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "getCampaignProgress", summary = "Follow a campaign: invited, started, submitted", description = "Counts and the stage of each organization invited or having started; for coordinators of the campaign's organization and administrators.")
    @APIResponse(responseCode = "200", description = "The progress")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator of the campaign's organization (an invited coordinator included)")
    @APIResponse(responseCode = "404", description = "No such campaign visible to the caller")
    public Progress progress(@PathParam("id") UUID id) {
        return campaigns.progress(id);
    }

    @GET
    @Path("{id}/export.csv")
    @Produces(CSV)
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "exportCampaignCsv", summary = "Export a campaign's assessments as CSV", description = "One row per assessment started within the campaign: assessment, organization, organizationType, pointOfView, region, status, submittedAt, one column per question (option code, codes joined by '|', number, text, 'n/a' or 'unsure'), one per dimension percentage (score:<code>) and score:total. Streamed, UTF-8, RFC 4180; ?bom=true starts it with a byte order mark so that spreadsheet programs read the accents. For coordinators of the campaign's organization and administrators.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator of the campaign's organization")
    @APIResponse(responseCode = "404", description = "No such campaign visible to the caller")
    public Response exportCsv(@PathParam("id") UUID id,
            @Parameter(description = "Start with a UTF-8 byte order mark (for spreadsheet programs)") @QueryParam("bom") boolean bom) {
        CampaignExport.Sheet sheet = export.sheet(id);
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (bom) {
                writer.write(0xFEFF); // the byte order mark, U+FEFF
            }
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(sheet.header().toArray(String[]::new)).get()
                    .print(writer);
            export.rows(sheet, row -> {
                try {
                    printer.printRecord(row.cells());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        };
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"campaign-" + id + ".csv\"").build();
    }

    @GET
    @Path("{id}/export")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "exportCampaignJson", summary = "Export a campaign's assessments as JSON", description = "The same rows as exportCampaignCsv, for scripts: answers and dimension percentages keyed by code. Streamed.")
    @APIResponse(responseCode = "200", description = "The export", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportDocument.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator of the campaign's organization")
    @APIResponse(responseCode = "404", description = "No such campaign visible to the caller")
    public Response exportJson(@PathParam("id") UUID id) {
        CampaignExport.Sheet sheet = export.sheet(id);
        StreamingOutput body = out -> {
            try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
                generator.writeStartObject();
                generator.writeStringField("campaign", sheet.campaign().toString());
                generator.writeStringField("model", sheet.model().id().toString());
                generator.writeStringField("modelCode", sheet.model().code());
                generator.writeObjectField("questions", sheet.questions());
                generator.writeObjectField("dimensions", sheet.dimensions());
                generator.writeArrayFieldStart("rows");
                export.rows(sheet, row -> {
                    try {
                        json.writeValue(generator, row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                generator.writeEndArray();
                generator.writeEndObject();
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    private static RestResponse<CampaignView> view(Campaign campaign) {
        return ETags.ok(CampaignView.of(campaign), campaign.version());
    }
}
