package eu.od4growth.catalog.dataset.dcat;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF serialisations the export offers, by media type. */
public enum RdfFormat {
    // The writers that stream: Turtle by subject blocks, plain RDF/XML; pretty-printing costs more than harvesters gain.
    TURTLE("text/turtle", RDFFormat.TURTLE_BLOCKS),
    RDF_XML("application/rdf+xml", RDFFormat.RDFXML_PLAIN),
    JSON_LD("application/ld+json", RDFFormat.JSONLD11_PLAIN);

    public static final String TURTLE_TYPE = "text/turtle";
    public static final String RDF_XML_TYPE = "application/rdf+xml";
    public static final String JSON_LD_TYPE = "application/ld+json";

    public final String mediaType;
    final RDFFormat format;

    RdfFormat(String mediaType, RDFFormat format) {
        this.mediaType = mediaType;
        this.format = format;
    }

    Lang lang() {
        return format.getLang();
    }

    /**
     * The representation the client prefers among JSON (empty) and the RDF formats, in the order of its Accept header
     * (already sorted by quality); a wildcard picks {@code fallback}. Empty list means no preference.
     */
    public static Optional<Optional<RdfFormat>> negotiate(List<MediaType> accepted, Optional<RdfFormat> fallback) {
        if (accepted.isEmpty()) {
            return Optional.of(fallback);
        }
        for (MediaType type : accepted) {
            if (type.isWildcardType()) {
                return Optional.of(fallback);
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardSubtype()) {
                return Optional.of(Optional.empty());
            }
            for (RdfFormat format : values()) {
                if (type.isCompatible(MediaType.valueOf(format.mediaType))) {
                    return Optional.of(Optional.of(format));
                }
            }
        }
        return Optional.empty();
    }
}
