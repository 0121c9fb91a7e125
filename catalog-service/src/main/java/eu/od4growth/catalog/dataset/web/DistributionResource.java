package eu.od4growth.catalog.dataset.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.catalog.dataset.application.DatasetCatalogue;
import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.dataset.model.Distribution;
import eu.od4growth.catalog.dataset.model.DistributionRequest;
import eu.od4growth.catalog.dataset.usage.DatasetUsage;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;

/**
 * HTTP face of the distributions of a dataset. They are part of their dataset: every change needs the dataset's ETag
 * in If-Match and answers its new one, so a change of a distribution never silently overwrites another.
 */
@Path("/api/datasets/{id}/distributions")
@Tag(name = "Datasets")
public class DistributionResource {

    private final DatasetCatalogue catalogue;
    private final DatasetUsage usage;

    DistributionResource(DatasetCatalogue catalogue, DatasetUsage usage) {
        this.catalogue = catalogue;
        this.usage = usage;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listDistributions", summary = "List the distributions of a dataset")
    @APIResponse(responseCode = "200", description = "The distributions, in the order they were added; the ETag is the dataset's", headers = @Header(name = HttpHeaders.ETAG, description = "The dataset's version, to send in If-Match to add, change or remove a distribution", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller")
    public RestResponse<List<DistributionView>> list(@PathParam("id") UUID id) {
        Dataset dataset = catalogue.get(id);
        return ETags.ok(dataset.distributions().stream().map(DistributionView::of).toList(), dataset.version());
    }

    @GET
    @Path("{distributionId}")
    @PermitAll
    @Operation(operationId = "getDistribution", summary = "Read a distribution", description = "The ETag is the dataset's, to send in If-Match to change the distribution.")
    @APIResponse(responseCode = "200", description = "The distribution")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller, or no such distribution")
    public RestResponse<DistributionView> get(@PathParam("id") UUID id,
            @PathParam("distributionId") UUID distributionId) {
        Dataset dataset = catalogue.get(id);
        return ETags.ok(DistributionView.of(dataset.distribution(distributionId)), dataset.version());
    }

    @GET
    @Path("{distributionId}/download")
    @PermitAll
    @Operation(operationId = "downloadDistribution", summary = "Download a distribution (counted, then redirected)", description = "Counts one download of the distribution for today (nothing about who downloads is stored) and redirects to its download URL, or to its access URL when it has none.")
    @APIResponse(responseCode = "302", description = "Found: the Location header holds the download (or access) URL")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller, or no such distribution")
    public Response download(@PathParam("id") UUID id, @PathParam("distributionId") UUID distributionId) {
        Dataset dataset = catalogue.get(id);
        Distribution distribution = dataset.distribution(distributionId);
        if (dataset.isPublic()) {
            usage.downloaded(id, distributionId);
        }
        String target = distribution.downloadUrl() != null ? distribution.downloadUrl() : distribution.accessUrl();
        return Response.status(Response.Status.FOUND).location(URI.create(target)).build();
    }

    @POST
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER })
    @Operation(operationId = "createDistribution", summary = "Add a distribution to a dataset", description = "Publishers and coordinators of the publisher organization; If-Match carries the dataset's ETag.")
    @APIResponse(responseCode = "201", description = "Added; the ETag is the dataset's new one")
    @APIResponse(responseCode = "400", description = "Invalid distribution, e.g. an unknown format code")
    @APIResponse(responseCode = "403", description = "The dataset belongs to another organization")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller")
    @APIResponse(responseCode = "409", description = "The dataset is archived")
    public RestResponse<DistributionView> create(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull DistributionRequest request,
            @Context UriInfo uri) {
        Distribution distribution = catalogue.addDistribution(id, ifMatch, request);
        Dataset dataset = catalogue.get(id);
        return ETags.created(uri, distribution.id(), DistributionView.of(dataset.distribution(distribution.id())),
                dataset.version());
    }

    @PUT
    @Path("{distributionId}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER })
    @Operation(operationId = "updateDistribution", summary = "Describe a distribution anew", description = "If-Match carries the dataset's ETag.")
    @APIResponse(responseCode = "200", description = "The distribution as changed; the ETag is the dataset's new one")
    @APIResponse(responseCode = "400", description = "Invalid distribution")
    @APIResponse(responseCode = "403", description = "The dataset belongs to another organization")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller, or no such distribution")
    @APIResponse(responseCode = "409", description = "The dataset is archived")
    public RestResponse<DistributionView> update(@PathParam("id") UUID id,
            @PathParam("distributionId") UUID distributionId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DistributionRequest request) {
        Dataset dataset = catalogue.reviseDistribution(id, distributionId, ifMatch, request);
        return ETags.ok(DistributionView.of(dataset.distribution(distributionId)), dataset.version());
    }

    @DELETE
    @Path("{distributionId}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER })
    @Operation(operationId = "deleteDistribution", summary = "Remove a distribution from a dataset", description = "If-Match carries the dataset's ETag.")
    @APIResponse(responseCode = "204", description = "Removed; the ETag is the dataset's new one", headers = @Header(name = HttpHeaders.ETAG, description = "The dataset's new version, to send in If-Match for its next change", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "The dataset belongs to another organization")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller, or no such distribution")
    @APIResponse(responseCode = "409", description = "The dataset is archived")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @PathParam("distributionId") UUID distributionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Dataset dataset = catalogue.removeDistribution(id, distributionId, ifMatch);
        return RestResponse.ResponseBuilder.<Void> noContent().tag(ETags.of(dataset.version())).build();
    }
}
