package eu.od4growth.catalog.reuse;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.catalog.dataset.application.DatasetCatalogue;
import eu.od4growth.common.paging.PageLinks;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;

/** The reuses listed on a dataset's page. */
@Path("/api/datasets/{id}/reuses")
@Tag(name = "Reuses")
public class DatasetReuseResource {

    private final Reuses reuses;
    private final DatasetCatalogue catalogue;

    DatasetReuseResource(Reuses reuses, DatasetCatalogue catalogue) {
        this.reuses = reuses;
        this.catalogue = catalogue;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listDatasetReuses", summary = "List the reuses of a dataset, the newest first")
    @APIResponse(responseCode = "200", description = "One page of reuses, with Link headers")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller")
    public RestResponse<PageResponse<ReuseView>> list(@PathParam("id") UUID id, @Valid @BeanParam PageParams paging,
            @Context UriInfo uri) {
        catalogue.get(id);
        return PageLinks.ok(reuses.list(id, null, paging), uri);
    }
}
