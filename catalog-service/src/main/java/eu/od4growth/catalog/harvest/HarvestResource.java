package eu.od4growth.catalog.harvest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;

/** HTTP face of harvesting, for administrators: register a source, run it now, read its runs. */
@Path("/api/catalog/harvest-sources")
@Tag(name = "Harvesting")
@RolesAllowed(Caller.ADMIN)
public class HarvestResource {

    private final HarvestSources sources;
    private final Harvester harvester;

    HarvestResource(HarvestSources sources, Harvester harvester) {
        this.sources = sources;
        this.harvester = harvester;
    }

    @GET
    @Operation(operationId = "listHarvestSources", summary = "List the harvest sources")
    @APIResponse(responseCode = "200", description = "The sources, by organization and name")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<HarvestSourceView> list() {
        return sources.list();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getHarvestSource", summary = "Read a harvest source")
    @APIResponse(responseCode = "200", description = "The source")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such source")
    public HarvestSourceView get(@PathParam("id") UUID id) {
        return HarvestSourceView.of(sources.get(id));
    }

    @POST
    @Operation(operationId = "createHarvestSource", summary = "Register a DCAT-AP or CKAN catalogue as a source of an organization's datasets")
    @APIResponse(responseCode = "201", description = "Registered; run it with POST …/{id}/runs, or let everyHours schedule it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HarvestSourceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid source, e.g. an organization that is not registered")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public RestResponse<HarvestSourceView> create(@Valid @NotNull HarvestSourceRequest request, @Context UriInfo uri) {
        HarvestSource source = sources.register(request);
        return ETags.created(uri, source.id(), HarvestSourceView.of(source), source.version());
    }

    @POST
    @Path("{id}/runs")
    @Operation(operationId = "runHarvestSource", summary = "Run a harvest now", description = "Reads the whole source first: one that cannot be read (unreachable, refused address, malformed) fails the run and changes nothing. Then creates, updates (matched by identifier; a dataset edited locally since the last harvest is kept unless the source is its master) and archives (no longer listed) the organization's datasets, and answers the run.")
    @APIResponse(responseCode = "200", description = "The run, SUCCEEDED or FAILED, with its counts and errors")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such source")
    public HarvestRunView run(@PathParam("id") UUID id) {
        sources.get(id);
        return harvester.run(id);
    }

    @GET
    @Path("{id}/runs")
    @Operation(operationId = "listHarvestRuns", summary = "List the runs of a harvest source, the latest first")
    @APIResponse(responseCode = "200", description = "At most the last 100 runs")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such source")
    public List<HarvestRunView> runs(@PathParam("id") UUID id) {
        return sources.runs(id);
    }
}
