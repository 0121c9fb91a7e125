package eu.od4growth.catalog.ckan;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP face of the CKAN-compatible read API, {@code /api/3/action/{action}}, GET with query parameters or POST with a
 * JSON body as CKAN accepts both. Public: what it shows is published, except the caller's own organization's drafts
 * when a member asks for include_private. An action it does not know is CKAN's 400. The declared query parameters
 * document the contract; the action reads them all from the request.
 */
@Path("/api/3/action")
@Tag(name = "CKAN API", description = "CKAN 2.10 Action API (read actions) over the published catalogue")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CkanResource {

    private final CkanEndpoint endpoint;

    CkanResource(CkanEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @GET
    @Path("package_search")
    @Operation(operationId = "ckanPackageSearch", summary = "Search the published datasets (CKAN package_search)", description = "q: words (web-search syntax; *:* for all). fq: field:value terms that all apply (several values of one field are alternatives): tags, organization, res_format, license_id, groups (themes). rows (default 10, at most 1000), start, sort (score desc, metadata_modified desc|asc, title_string asc|desc, name asc|desc), facet.field (JSON list of organization, tags, res_format, license_id, groups), facet.limit (default 50; at most 30 values are counted), facet.mincount (default 1). include_private=true adds the caller's organization's drafts and datasets in review for its publishers and coordinators (private: true); it is ignored for everyone else.")
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response packageSearch(
            @Parameter(description = "Words to look for") @QueryParam("q") String pQ,
            @Parameter(description = "Filter query, e.g. tags:mobilite organization:grand-est") @QueryParam("fq") String pFq,
            @Parameter(description = "How many datasets (default 10, at most 1000)") @QueryParam("rows") String pRows,
            @Parameter(description = "How many matching datasets to skip") @QueryParam("start") String pStart,
            @Parameter(description = "e.g. metadata_modified desc") @QueryParam("sort") String pSort,
            @Parameter(description = "JSON list, e.g. [\"organization\",\"tags\"]") @QueryParam("facet.field") String pFacetField,
            @Parameter(description = "Values per facet (default 50, -1 for all)") @QueryParam("facet.limit") String pFacetLimit,
            @Parameter(description = "Fewest datasets a facet value needs (default 1)") @QueryParam("facet.mincount") String pFacetMincount,
            @Parameter(description = "true: also the caller's organization's unpublished datasets (members only)") @QueryParam("include_private") String pIncludePrivate,
            @Context UriInfo uri) {
        return endpoint.get("package_search", uri.getQueryParameters());
    }

    @POST
    @Path("package_search")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "ckanPackageSearchPost", summary = "Search the published datasets (CKAN package_search) (parameters in a JSON body)", description = "As the GET, with the parameters as a JSON object.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error (e.g. a body that is not JSON)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response packageSearchPost(String body) {
        return endpoint.post("package_search", body);
    }

    @GET
    @Path("package_show")
    @Operation(operationId = "ckanPackageShow", summary = "Read a dataset as a CKAN package", description = "id: the dataset's id or its CKAN name; both give the same document. Another organization's draft is not found.")
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response packageShow(
            @Parameter(description = "Dataset id or CKAN name") @QueryParam("id") String pId,
            @Context UriInfo uri) {
        return endpoint.get("package_show", uri.getQueryParameters());
    }

    @POST
    @Path("package_show")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "ckanPackageShowPost", summary = "Read a dataset as a CKAN package (parameters in a JSON body)", description = "As the GET, with the parameters as a JSON object.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error (e.g. a body that is not JSON)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response packageShowPost(String body) {
        return endpoint.post("package_show", body);
    }

    @GET
    @Path("package_list")
    @Operation(operationId = "ckanPackageList", summary = "List the names of the published datasets", description = "Ordered by title; limit (default and at most 1000) and offset; [] past the end.")
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response packageList(
            @Parameter(description = "How many names (at most 1000)") @QueryParam("limit") String pLimit,
            @Parameter(description = "How many to skip") @QueryParam("offset") String pOffset,
            @Context UriInfo uri) {
        return endpoint.get("package_list", uri.getQueryParameters());
    }

    @POST
    @Path("package_list")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "ckanPackageListPost", summary = "List the names of the published datasets (parameters in a JSON body)", description = "As the GET, with the parameters as a JSON object.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error (e.g. a body that is not JSON)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response packageListPost(String body) {
        return endpoint.post("package_list", body);
    }

    @GET
    @Path("organization_list")
    @Operation(operationId = "ckanOrganizationList", summary = "List the organizations", description = "Their names (slugs), or with all_fields=true their documents with package_count; ordered by title (sort=title desc reverses); limit (at most 1000) and offset; [] past the end.")
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response organizationList(
            @Parameter(description = "true for documents instead of names") @QueryParam("all_fields") String pAllFields,
            @Parameter(description = "How many (at most 1000)") @QueryParam("limit") String pLimit,
            @Parameter(description = "How many to skip") @QueryParam("offset") String pOffset,
            @Parameter(description = "title asc (default) or title desc") @QueryParam("sort") String pSort,
            @Context UriInfo uri) {
        return endpoint.get("organization_list", uri.getQueryParameters());
    }

    @POST
    @Path("organization_list")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "ckanOrganizationListPost", summary = "List the organizations (parameters in a JSON body)", description = "As the GET, with the parameters as a JSON object.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error (e.g. a body that is not JSON)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response organizationListPost(String body) {
        return endpoint.post("organization_list", body);
    }

    @GET
    @Path("organization_show")
    @Operation(operationId = "ckanOrganizationShow", summary = "Read an organization as CKAN does", description = "id: the organization's slug (CKAN name) or id; with its package_count of published datasets.")
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response organizationShow(
            @Parameter(description = "Organization slug or id") @QueryParam("id") String pId,
            @Context UriInfo uri) {
        return endpoint.get("organization_show", uri.getQueryParameters());
    }

    @POST
    @Path("organization_show")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "ckanOrganizationShowPost", summary = "Read an organization as CKAN does (parameters in a JSON body)", description = "As the GET, with the parameters as a JSON object.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error (e.g. a body that is not JSON)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response organizationShowPost(String body) {
        return endpoint.post("organization_show", body);
    }

    @GET
    @Path("tag_list")
    @Operation(operationId = "ckanTagList", summary = "List the keywords of the published datasets", description = "In alphabetical order; query filters them (contains); all_fields=true gives tag documents; limit/offset. No tag vocabularies (vocabulary_id gives []).")
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response tagList(
            @Parameter(description = "Part of the keyword") @QueryParam("query") String pQuery,
            @Parameter(description = "true for documents instead of names") @QueryParam("all_fields") String pAllFields,
            @Parameter(description = "How many (at most 1000)") @QueryParam("limit") String pLimit,
            @Parameter(description = "How many to skip") @QueryParam("offset") String pOffset,
            @Parameter(description = "Not supported: answers []") @QueryParam("vocabulary_id") String pVocabularyId,
            @Context UriInfo uri) {
        return endpoint.get("tag_list", uri.getQueryParameters());
    }

    @POST
    @Path("tag_list")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "ckanTagListPost", summary = "List the keywords of the published datasets (parameters in a JSON body)", description = "As the GET, with the parameters as a JSON object.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error (e.g. a body that is not JSON)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response tagListPost(String body) {
        return endpoint.post("tag_list", body);
    }

    @GET
    @Path("license_list")
    @Operation(operationId = "ckanLicenseList", summary = "List the licences", description = "The licences vocabulary as CKAN licence documents (id is the vocabulary code).")
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response licenseList(
            @Context UriInfo uri) {
        return endpoint.get("license_list", uri.getQueryParameters());
    }

    @POST
    @Path("license_list")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "ckanLicenseListPost", summary = "List the licences (parameters in a JSON body)", description = "As the GET, with the parameters as a JSON object.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error (e.g. a body that is not JSON)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response licenseListPost(String body) {
        return endpoint.post("license_list", body);
    }

    @GET
    @Path("group_list")
    @Operation(operationId = "ckanGroupList", summary = "List the groups (the EU data themes)", description = "The themes as CKAN groups, named by their code in lower case; all_fields=true gives documents with package_count.")
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response groupList(
            @Parameter(description = "true for documents instead of names") @QueryParam("all_fields") String pAllFields,
            @Parameter(description = "How many") @QueryParam("limit") String pLimit,
            @Parameter(description = "How many to skip") @QueryParam("offset") String pOffset,
            @Context UriInfo uri) {
        return endpoint.get("group_list", uri.getQueryParameters());
    }

    @POST
    @Path("group_list")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "ckanGroupListPost", summary = "List the groups (the EU data themes) (parameters in a JSON body)", description = "As the GET, with the parameters as a JSON object.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error (e.g. a body that is not JSON)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response groupListPost(String body) {
        return endpoint.post("group_list", body);
    }

    @GET
    @Path("status_show")
    @Operation(operationId = "ckanStatusShow", summary = "Describe this CKAN-compatible API", description = "The CKAN version it answers like (2.10), the site URL, title and description.")
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response statusShow(
            @Context UriInfo uri) {
        return endpoint.get("status_show", uri.getQueryParameters());
    }

    @POST
    @Path("status_show")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "ckanStatusShowPost", summary = "Describe this CKAN-compatible API (parameters in a JSON body)", description = "As the GET, with the parameters as a JSON object.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "CKAN's envelope with the result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "400", description = "CKAN's Bad Request error (e.g. a body that is not JSON)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "404", description = "CKAN's Not Found Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    @APIResponse(responseCode = "409", description = "CKAN's Validation Error or Search Query Error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CkanEnvelope.class)))
    public Response statusShowPost(String body) {
        return endpoint.post("status_show", body);
    }

    @GET
    @Path("{action}")
    @Operation(hidden = true)
    public Response other(@PathParam("action") String action, @Context UriInfo uri) {
        return endpoint.get(action, uri.getQueryParameters());
    }

    @POST
    @Path("{action}")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response otherPost(@PathParam("action") String action, String body) {
        return endpoint.post(action, body);
    }
}
