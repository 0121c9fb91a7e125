package eu.od4growth.catalog.request;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.common.paging.PageLinks;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;

/** HTTP face of data requests: public lists and reads, signed-in users ask and vote, coordinators answer. */
@Path("/api/data-requests")
@Tag(name = "Data requests")
public class DataRequestResource {

    private final DataRequests requests;

    DataRequestResource(DataRequests requests) {
        this.requests = requests;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listDataRequests", summary = "List data requests, the most voted first")
    @APIResponse(responseCode = "200", description = "One page of requests, with Link headers")
    @APIResponse(responseCode = "400", description = "Invalid filter, sort or paging")
    public RestResponse<PageResponse<DataRequestView>> list(@Valid @BeanParam PageParams paging,
            @Parameter(description = "Slug of the organization asked") @QueryParam("organization") String organization,
            @Parameter(description = "Only requests in this status") @QueryParam("status") RequestStatus status,
            @Parameter(description = "Only requests of this theme code") @QueryParam("theme") String theme,
            @Parameter(description = "-votes (the default) or -created (the newest first)", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "-votes",
                    "-created" })) @QueryParam("sort") @Pattern(regexp = "-votes|-created", message = "must be -votes or -created") String sort,
            @Context UriInfo uri) {
        return PageLinks.ok(requests.list(organization, status, theme, "-created".equals(sort), paging), uri);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getDataRequest", summary = "Read a data request")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", description = "No such request")
    public RestResponse<DataRequestView> get(@PathParam("id") UUID id) {
        return view(requests.get(id));
    }

    @POST
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER, Caller.RESPONDENT, Caller.PARTICIPANT })
    @Operation(operationId = "createDataRequest", summary = "Ask an organization to open a dataset", description = "Any signed-in user.")
    @APIResponse(responseCode = "201", description = "Asked, OPEN")
    @APIResponse(responseCode = "400", description = "Invalid request, e.g. an organization that is not registered")
    public RestResponse<DataRequestView> create(@Valid @NotNull DataRequestRequest body, @Context UriInfo uri) {
        DataRequest request = requests.ask(body);
        return ETags.created(uri, request.id(), DataRequestView.of(request), request.version());
    }

    @POST
    @Path("{id}/votes")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER, Caller.RESPONDENT, Caller.PARTICIPANT })
    @Operation(operationId = "voteForDataRequest", summary = "Vote for a data request", description = "Any signed-in user but its author, once.")
    @APIResponse(responseCode = "200", description = "The request with its new count of votes")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Already voted, or one's own request")
    public RestResponse<DataRequestView> vote(@PathParam("id") UUID id) {
        return view(requests.vote(id));
    }

    @DELETE
    @Path("{id}/votes")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER, Caller.RESPONDENT, Caller.PARTICIPANT })
    @Operation(operationId = "withdrawDataRequestVote", summary = "Withdraw one's vote for a data request")
    @APIResponse(responseCode = "200", description = "The request with its new count of votes")
    @APIResponse(responseCode = "404", description = "No such request, or no vote of the caller")
    public RestResponse<DataRequestView> withdraw(@PathParam("id") UUID id) {
        return view(requests.withdraw(id));
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "acceptDataRequest", summary = "Accept a data request, linked to what answers it", description = "Coordinators of the organization asked, and administrators; the body names the datasetId or the plannedDatasetId (of the publication plan) that answers it. Needs the request's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The request, ACCEPTED")
    @APIResponse(responseCode = "400", description = "No dataset or planned dataset, or one of another organization")
    @APIResponse(responseCode = "403", description = "Not a coordinator of the organization asked")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The request was already answered")
    public RestResponse<DataRequestView> accept(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AnswerRequest answer) {
        return view(requests.accept(id, ifMatch, answer));
    }

    @POST
    @Path("{id}/refuse")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "refuseDataRequest", summary = "Refuse a data request, saying why", description = "Coordinators of the organization asked, and administrators; answer is needed. Needs the request's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The request, REFUSED")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "403", description = "Not a coordinator of the organization asked")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The request was already answered")
    public RestResponse<DataRequestView> refuse(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AnswerRequest answer) {
        return view(requests.refuse(id, ifMatch, answer));
    }

    private static RestResponse<DataRequestView> view(DataRequest request) {
        return ETags.ok(DataRequestView.of(request), request.version());
    }
}
