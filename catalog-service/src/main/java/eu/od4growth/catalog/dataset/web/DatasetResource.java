package eu.od4growth.catalog.dataset.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.catalog.dataset.application.DatasetCatalogue;
import eu.od4growth.catalog.dataset.application.SearchCriteria;
import eu.od4growth.catalog.dataset.application.SearchPage;
import eu.od4growth.catalog.dataset.application.SearchSort;
import eu.od4growth.catalog.dataset.dcat.CatalogConfig;
import eu.od4growth.catalog.dataset.dcat.DcatExporter;
import eu.od4growth.catalog.dataset.dcat.RdfFormat;
import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.dataset.model.DatasetAction;
import eu.od4growth.catalog.dataset.model.DatasetRequest;
import eu.od4growth.catalog.dataset.model.DatasetStatus;
import eu.od4growth.catalog.dataset.quality.QualityRating;
import eu.od4growth.catalog.dataset.quality.QualityReport;
import eu.od4growth.catalog.dataset.urlcheck.UrlCheckView;
import eu.od4growth.catalog.dataset.urlcheck.UrlChecks;
import eu.od4growth.catalog.dataset.usage.DatasetUsage;
import eu.od4growth.common.paging.PageLinks;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.ProblemType;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.validation.Slug;
import eu.od4growth.common.web.ETags;

/**
 * HTTP face of datasets: the public, faceted search and reads (JSON, or DCAT-AP by content negotiation), publishers'
 * drafts and descriptions, and the review workflow's actions.
 */
@Path("/api/datasets")
@Tag(name = "Datasets")
public class DatasetResource {

    private final DatasetCatalogue catalogue;
    private final DcatExporter dcat;
    private final FacetLabels labels;
    private final DatasetUsage usage;
    private final UrlChecks urlChecks;
    private final CatalogConfig config;

    DatasetResource(DatasetCatalogue catalogue, DcatExporter dcat, FacetLabels labels, DatasetUsage usage,
            UrlChecks urlChecks, CatalogConfig config) {
        this.urlChecks = urlChecks;
        this.config = config;
        this.catalogue = catalogue;
        this.dcat = dcat;
        this.labels = labels;
        this.usage = usage;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchDatasets", summary = "Search the catalogue", description = "Full-text search (accent-insensitive, stemmed in French, English and Italian), filters, facets with counts and sorts. Everyone sees published datasets; publishers and coordinators also their organization's drafts and datasets in review. Archived datasets only with status=ARCHIVED. Page with page/size, or walk the whole result with cursor=nextCursor.")
    @APIResponse(responseCode = "200", description = "One page of datasets with the total and the facets, with Link headers")
    @APIResponse(responseCode = "400", description = "Invalid query, filter, sort, paging or cursor")
    public RestResponse<DatasetSearchView> search(@Valid @BeanParam PageParams paging,
            @Parameter(description = "Words to look for in titles, keywords and descriptions (web-search syntax: \"phrase\", or, -word)") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Theme codes (any of them)") @QueryParam("theme") List<String> themes,
            @Parameter(description = "Publisher organizations, by slug (any of them)") @QueryParam("organization") List<String> organizations,
            @Parameter(description = "File-type codes of a distribution (any of them)") @QueryParam("format") List<String> formats,
            @Parameter(description = "License codes (any of them)") @QueryParam("license") List<String> licenses,
            @Parameter(description = "Keywords, in any language, case-insensitive (any of them)") @QueryParam("keyword") List<String> keywords,
            @Parameter(description = "High-value-dataset category codes (any of them)") @QueryParam("hvdCategory") List<String> hvdCategories,
            @Parameter(description = "Frequency codes (any of them)") @QueryParam("frequency") List<String> frequencies,
            @Parameter(description = "Metadata-quality ratings (any of them)") @QueryParam("rating") List<QualityRating> ratings,
            @Parameter(description = "Only datasets in this status (drafts and reviews of the caller's own organization)") @QueryParam("status") DatasetStatus status,
            @Parameter(description = "relevance (the default with q), title (the default without), -title, modified, -modified, quality (metadata-quality score), -quality", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "relevance", "title", "-title", "modified", "-modified", "quality",
                    "-quality" })) @QueryParam("sort") @Pattern(regexp = "relevance|title|-title|modified|-modified|quality|-quality", message = "must be relevance, title, -title, modified, -modified, quality or -quality") String sort,
            @Parameter(description = "nextCursor of a previous answer, to read the datasets after it (page is then ignored)") @QueryParam("cursor") @Size(max = 1000) String cursor,
            @Context UriInfo uri) {
        SearchCriteria criteria = new SearchCriteria(q, themes, organizations, formats, licenses, keywords,
                hvdCategories, frequencies, ratings, status, SearchSort.of(sort), cursor, paging.page, paging.size);
        SearchPage found = catalogue.search(criteria);
        List<DatasetView> items = found.items().stream().map(DatasetView::of).toList();
        int page = criteria.cursor() == null ? paging.page : 0;
        DatasetSearchView view = new DatasetSearchView(items, page, paging.size, found.total(),
                labels.of(found.facets()), found.nextCursor());
        RestResponse.ResponseBuilder<DatasetSearchView> answer = RestResponse.ResponseBuilder.ok(view);
        if (criteria.cursor() == null) {
            answer.links(PageLinks.ok(new PageResponse<>(items, paging.page, paging.size, found.total()), uri)
                    .getLinks().toArray(Link[]::new));
        } else if (found.nextCursor() != null) {
            answer.links(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("cursor", found.nextCursor()))
                    .rel("next").build());
        }
        return answer.build();
    }

    @GET
    @Path("feed")
    @PermitAll
    @Produces(AtomFeed.TYPE)
    @Operation(operationId = "datasetFeed", summary = "Atom feed of the latest published datasets", description = "An Atom 1.0 feed (RFC 4287) for intranets and feed readers: the published datasets, the last changed first, public data only. Each entry's id is urn:uuid:{dataset id}, its alternate link the dataset in the API, its related link the landing page, its categories the EU data themes.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = AtomFeed.TYPE, schema = @Schema(type = SchemaType.STRING, description = "Atom 1.0 XML")))
    @APIResponse(responseCode = "400", description = "Invalid organization, theme, language or size")
    @APIResponse(responseCode = "406", description = "The client accepts no Atom")
    public Response feed(
            @Parameter(description = "Only this publisher organization's datasets (slug)") @QueryParam("organization") @jakarta.validation.constraints.Pattern(regexp = Slug.PATTERN, message = "must be an organization slug") String organization,
            @Parameter(description = "Only datasets with one of these theme codes") @QueryParam("theme") List<@Size(max = 50) String> themes,
            @Parameter(description = "Language of titles and summaries (ISO 639-1; default en, else fr, else any)") @QueryParam("lang") @jakarta.validation.constraints.Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code") String lang,
            @Parameter(description = "How many entries (1-100)") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(100) int size,
            @Context UriInfo uri) {
        SearchCriteria criteria = new SearchCriteria(null, themes,
                organization == null ? null : List.of(organization), null, null, null, null, null, null,
                DatasetStatus.PUBLISHED, SearchSort.MODIFIED_DESC, null, 0, size);
        List<Dataset> datasets = catalogue.search(criteria, false).items();
        String base = config.baseUri().replaceAll("/+$", "");
        String query = uri.getRequestUri().getRawQuery();
        String self = base + "/api/datasets/feed" + (query == null ? "" : "?" + query);
        String title = "OD4G catalogue: latest published datasets" + (organization == null ? "" : " of " + organization);
        return Response.ok(AtomFeed.write(title, self, base, datasets, lang), AtomFeed.TYPE + ";charset=UTF-8")
                .build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, RdfFormat.TURTLE_TYPE, RdfFormat.RDF_XML_TYPE, RdfFormat.JSON_LD_TYPE })
    @Operation(operationId = "getDataset", summary = "Read a dataset", description = "JSON by default; DCAT-AP 3.0.1 in Turtle, RDF/XML or JSON-LD by content negotiation (Accept). Another organization's draft is answered 404.")
    @APIResponse(responseCode = "200", description = "The dataset", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatasetView.class)),
            @Content(mediaType = RdfFormat.TURTLE_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = RdfFormat.RDF_XML_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = RdfFormat.JSON_LD_TYPE, schema = @Schema(type = SchemaType.OBJECT)) })
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller")
    @APIResponse(responseCode = "406", description = "None of the accepted media types is offered")
    public Response get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Optional<RdfFormat> format = RdfFormat.negotiate(headers.getAcceptableMediaTypes(), Optional.empty())
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_ACCEPTABLE,
                        "Offered: application/json, text/turtle, application/rdf+xml, application/ld+json"));
        Dataset dataset = catalogue.get(id);
        if (dataset.isPublic()) {
            usage.viewed(id);
        }
        Response.ResponseBuilder answer = format.isEmpty()
                ? Response.ok(DatasetView.of(dataset), MediaType.APPLICATION_JSON_TYPE)
                : Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> dcat.write(dcat.dataset(dataset), format.get(),
                        out), format.get().mediaType);
        return answer.tag(ETags.of(dataset.version())).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @POST
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER })
    @Operation(operationId = "createDataset", summary = "Draft a dataset published by the caller's organization")
    @APIResponse(responseCode = "201", description = "Created as a draft")
    @APIResponse(responseCode = "400", description = "Invalid dataset, e.g. an unknown vocabulary code")
    public RestResponse<DatasetView> create(@Valid @NotNull DatasetRequest request, @Context UriInfo uri) {
        Dataset dataset = catalogue.create(request);
        return ETags.created(uri, dataset.id(), DatasetView.of(dataset), dataset.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER })
    @Operation(operationId = "updateDataset", summary = "Describe a dataset anew", description = "Publishers and coordinators of the publisher organization; an archived dataset no longer changes.")
    @APIResponse(responseCode = "200", description = "The dataset as changed")
    @APIResponse(responseCode = "400", description = "Invalid dataset")
    @APIResponse(responseCode = "403", description = "The dataset belongs to another organization")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller")
    @APIResponse(responseCode = "409", description = "The dataset is archived")
    public RestResponse<DatasetView> update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull DatasetRequest request) {
        return view(catalogue.revise(id, ifMatch, request));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER })
    @Operation(operationId = "submitDataset", summary = "Submit a draft dataset for review", description = "Publishers (and coordinators) of the publisher organization.")
    @APIResponse(responseCode = "200", description = "The dataset, in review")
    @APIResponse(responseCode = "403", description = "The dataset belongs to another organization")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller")
    @APIResponse(responseCode = "409", description = "The dataset is not a draft")
    public RestResponse<DatasetView> submit(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(catalogue.perform(id, ifMatch, DatasetAction.SUBMIT, null));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "publishDataset", summary = "Publish a dataset in review (or a draft)", description = "Coordinators of the publisher organization and administrators. Shows it to everyone, in search and in the DCAT-AP export.")
    @APIResponse(responseCode = "200", description = "The published dataset")
    @APIResponse(responseCode = "403", description = "Not a coordinator of the publisher organization")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller")
    @APIResponse(responseCode = "409", description = "The dataset is neither a draft nor in review")
    public RestResponse<DatasetView> publish(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(catalogue.perform(id, ifMatch, DatasetAction.PUBLISH, null));
    }

    @POST
    @Path("{id}/send-back")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "sendBackDataset", summary = "Send a dataset in review back to its publisher with a comment", description = "Coordinators of the publisher organization and administrators; the dataset becomes a draft again.")
    @APIResponse(responseCode = "200", description = "The dataset, a draft again, with the review comment")
    @APIResponse(responseCode = "400", description = "No comment")
    @APIResponse(responseCode = "403", description = "Not a coordinator of the publisher organization")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller")
    @APIResponse(responseCode = "409", description = "The dataset is not in review")
    public RestResponse<DatasetView> sendBack(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReviewRequest review) {
        return view(catalogue.perform(id, ifMatch, DatasetAction.SEND_BACK, review.comment()));
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "archiveDataset", summary = "Archive a published dataset", description = "It stays readable, flagged ARCHIVED, but leaves the default search and the DCAT-AP export and no longer changes.")
    @APIResponse(responseCode = "200", description = "The archived dataset")
    @APIResponse(responseCode = "403", description = "Not a coordinator of the publisher organization")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller")
    @APIResponse(responseCode = "409", description = "The dataset is not published")
    public RestResponse<DatasetView> archive(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(catalogue.perform(id, ifMatch, DatasetAction.ARCHIVE, null));
    }

    @GET
    @Path("{id}/quality")
    @PermitAll
    @Operation(operationId = "getDatasetQuality", summary = "Read the metadata quality of a dataset", description = "The data.europa.eu MQA indicators (405 points): points per dimension and indicator, the rating, whether the DCAT-AP export passes the official SHACL shapes, and hints saying what would gain points. Assessed whenever the dataset changes and after each URL check. Visible like the dataset.")
    @APIResponse(responseCode = "200", description = "The quality report")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller")
    public QualityReport quality(@PathParam("id") UUID id) {
        return catalogue.quality(id);
    }

    @GET
    @Path("{id}/url-checks")
    @PermitAll
    @Operation(operationId = "getDatasetUrlChecks", summary = "Read the URL checks of a dataset's distributions", description = "What the background check last found for each access and download URL (checked about daily, bounded and polite; loopback and private addresses are refused). They feed the accessibility indicators of the metadata quality. Visible like the dataset.")
    @APIResponse(responseCode = "200", description = "One entry per access or download URL")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller")
    public List<UrlCheckView> urlChecks(@PathParam("id") UUID id) {
        return urlChecks.of(catalogue.get(id));
    }

    @GET
    @Path("{id}/statistics")
    @PermitAll
    @Operation(operationId = "getDatasetStatistics", summary = "Read how much a dataset is used", description = "Views of the dataset (its reads, in JSON or DCAT-AP) and downloads of its distributions through GET …/distributions/{distributionId}/download, per day (UTC) and in all, over a period (by default the last 30 days). Nothing about who read or downloaded is stored. Visible like the dataset.")
    @APIResponse(responseCode = "200", description = "The counts, the latest day first; days without use are left out")
    @APIResponse(responseCode = "400", description = "Invalid period (from after to, more than 366 days, or not a date)")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller")
    public DatasetUsage.Usage statistics(@PathParam("id") UUID id,
            @Parameter(description = "First day (default: 29 days before to)", example = "2026-11-01") @QueryParam("from") java.time.LocalDate from,
            @Parameter(description = "Last day (default: today, UTC)", example = "2026-11-30") @QueryParam("to") java.time.LocalDate to) {
        catalogue.get(id);
        java.time.LocalDate last = to != null ? to : usage.today();
        java.time.LocalDate first = from != null ? from : last.minusDays(29);
        if (first.isAfter(last) || first.plusDays(366).isBefore(last)) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "from must be on or before to, and the period at most 366 days");
        }
        return usage.of(id, first, last);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER })
    @Operation(operationId = "getDatasetHistory", summary = "Read the history of a dataset", description = "Every change, oldest first: who, when, which action, which fields with their old and new values. Publishers and coordinators of the publisher organization, administrators.")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "403", description = "Not a manager of the publisher organization")
    @APIResponse(responseCode = "404", description = "No such dataset visible to the caller")
    public List<HistoryEntryView> history(@PathParam("id") UUID id) {
        return catalogue.history(id).stream().map(HistoryEntryView::of).toList();
    }

    private static RestResponse<DatasetView> view(Dataset dataset) {
        return ETags.ok(DatasetView.of(dataset), dataset.version());
    }
}
