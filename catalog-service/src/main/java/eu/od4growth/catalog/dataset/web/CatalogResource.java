package eu.od4growth.catalog.dataset.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.od4growth.catalog.dataset.application.DatasetCatalogue;
import eu.od4growth.catalog.dataset.application.SearchPage;
import eu.od4growth.catalog.dataset.dcat.DcatExporter;
import eu.od4growth.catalog.dataset.dcat.RdfFormat;
import eu.od4growth.common.paging.PageLinks;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.ProblemType;

/**
 * The DCAT-AP 3.0.1 catalogue for harvesters (data.europa.eu, data.gouv.fr, CKAN): published datasets only, whoever
 * asks, one page at a time with Hydra paging links, the last changed first; a walk
 * that follows hydra:next goes by a keyset cursor, so its every page costs the same.
 */
@Path("/api/catalog")
@Tag(name = "Catalog")
public class CatalogResource {

    private final DatasetCatalogue catalogue;
    private final DcatExporter dcat;

    CatalogResource(DatasetCatalogue catalogue, DcatExporter dcat) {
        this.catalogue = catalogue;
        this.dcat = dcat;
    }

    @GET
    @PermitAll
    @Produces({ RdfFormat.TURTLE_TYPE, RdfFormat.RDF_XML_TYPE, RdfFormat.JSON_LD_TYPE, MediaType.APPLICATION_JSON })
    @Operation(operationId = "getCatalog", summary = "Export the catalogue in DCAT-AP 3.0.1", description = "Turtle by default, RDF/XML or JSON-LD by content negotiation (application/json answers JSON-LD). Published datasets with their distributions and publishers; hydra:PartialCollectionView and Link headers lead to the other pages.")
    @APIResponse(responseCode = "200", description = "One page of the catalogue", content = {
            @Content(mediaType = RdfFormat.TURTLE_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = RdfFormat.RDF_XML_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = RdfFormat.JSON_LD_TYPE, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)) })
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "406", description = "None of the accepted media types is offered")
    public Response export(@Valid @BeanParam PageParams paging,
            @Parameter(description = "Only the datasets of this publisher organization (slug)") @QueryParam("organization") String organization,
            @Parameter(description = "Where the previous page's hydra:next (or Link rel=next) leads: the next page at a constant cost, however deep (page is then ignored)") @QueryParam("cursor") @Size(max = 1000) String cursor,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        RdfFormat format = RdfFormat.negotiate(headers.getAcceptableMediaTypes(), Optional.of(RdfFormat.TURTLE))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_ACCEPTABLE,
                        "Offered: text/turtle, application/rdf+xml, application/ld+json"))
                .orElse(RdfFormat.JSON_LD);
        boolean walking = cursor != null && !cursor.isBlank();
        SearchPage found = catalogue.published(paging.page, paging.size, organization, cursor);
        var model = dcat.catalog(new DcatExporter.CatalogPage(found.items(), found.total(),
                walking ? null : paging.page, paging.size, organization, cursor, found.nextCursor()));
        List<Link> links = new ArrayList<>();
        if (!walking) {
            PageLinks.ok(new PageResponse<>(found.items(), paging.page, paging.size, found.total()), uri).getLinks()
                    .stream().filter(link -> !link.getRels().contains("next")).forEach(links::add);
        }
        if (found.nextCursor() != null) {
            links.add(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page")
                    .replaceQueryParam("cursor", found.nextCursor())).rel("next").build());
        }
        return Response.ok((StreamingOutput) out -> dcat.write(model, format, out), format.mediaType)
                .links(links.toArray(Link[]::new))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
