package eu.od4growth.catalog.harvest;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;

import eu.od4growth.catalog.dataset.model.DatasetRequest;
import eu.od4growth.catalog.dataset.model.DistributionRequest;
import eu.od4growth.catalog.vocabulary.Vocabulary;

/**
 * Reads a DCAT-AP catalogue page by page (Hydra {@code hydra:next}), in Turtle, RDF/XML or JSON-LD after its media
 * type, and describes each dcat:Dataset in the catalogue's terms. Any page that does not parse fails the whole read.
 */
@ApplicationScoped
class DcatReader {

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final String NUTS = "http://data.europa.eu/nuts/code/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    private final SourceFetcher fetcher;
    private final Terms terms;
    private final HarvestConfig config;

    DcatReader(SourceFetcher fetcher, Terms terms, HarvestConfig config) {
        this.fetcher = fetcher;
        this.terms = terms;
        this.config = config;
    }

    List<HarvestedItem> read(String url, String language) throws HarvestException {
        List<HarvestedItem> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String next = url;
        while (next != null) {
            if (!seen.add(next) || seen.size() > config.maxPages()) {
                throw new HarvestException("the Hydra paging of " + url + " does not end (at " + next + ")");
            }
            SourceFetcher.Page page = fetcher.fetch(next,
                    "text/turtle, application/rdf+xml;q=0.9, application/ld+json;q=0.8");
            Model model = ModelFactory.createDefaultModel();
            try {
                RDFParser.create().source(new StringReader(page.body())).lang(lang(page.mediaType(), next)).base(next)
                        .parse(model);
            } catch (RiotException e) {
                throw new HarvestException("page " + next + " is not valid RDF: " + e.getMessage());
            }
            for (Resource dataset : model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT + "Dataset"))
                    .toList()) {
                items.add(item(dataset, language));
            }
            next = null;
            for (RDFNode node : model.listObjectsOfProperty(p(HYDRA, "next")).toList()) {
                if (node.isURIResource()) {
                    next = node.asResource().getURI();
                }
            }
        }
        return items;
    }

    private static Lang lang(String mediaType, String url) {
        if (mediaType.contains("rdf+xml") || mediaType.equals("application/xml") || url.endsWith(".rdf")) {
            return Lang.RDFXML;
        }
        if (mediaType.contains("ld+json") || mediaType.equals("application/json") || url.endsWith(".jsonld")) {
            return Lang.JSONLD;
        }
        return Lang.TURTLE;
    }

    private HarvestedItem item(Resource dataset, String language) {
        String identifier = literal(dataset, p(DCT, "identifier"));
        if (identifier == null) {
            identifier = dataset.isURIResource() ? dataset.getURI() : null;
        }
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        for (RDFNode node : dataset.listProperties(p(DCAT, "keyword")).mapWith(s -> s.getObject()).toList()) {
            if (node.isLiteral()) {
                keywords.computeIfAbsent(lang(node.asLiteral(), language), l -> new ArrayList<>())
                        .add(node.asLiteral().getString());
            }
        }
        keywords.replaceAll((l, words) -> words.size() > 50 ? words.subList(0, 50) : words);
        List<String> themes = codes(dataset, p(DCAT, "theme"), Vocabulary.THEMES);
        List<String> spatial = new ArrayList<>();
        for (String uri : uris(dataset, p(DCT, "spatial"))) {
            if (uri.startsWith(NUTS)) {
                spatial.add(uri.substring(NUTS.length()));
            }
        }
        List<Resource> distributions = dataset.listProperties(p(DCAT, "distribution")).mapWith(s -> s.getObject())
                .filterKeep(RDFNode::isResource).mapWith(RDFNode::asResource).toList();
        String license = code(dataset, p(DCT, "license"), Vocabulary.LICENSES);
        if (license == null) {
            for (Resource distribution : distributions) {
                license = license != null ? license : code(distribution, p(DCT, "license"), Vocabulary.LICENSES);
            }
        }
        String landingPage = uris(dataset, p(DCAT, "landingPage")).stream().filter(u -> u.matches("https?://\\S+"))
                .findFirst().orElse(null);
        DatasetRequest request = new DatasetRequest(texts(dataset, p(DCT, "title"), language),
                texts(dataset, p(DCT, "description"), language), keywords.isEmpty() ? null : keywords,
                themes.isEmpty() ? null : themes, null, spatial.isEmpty() ? null : spatial, null,
                code(dataset, p(DCT, "accrualPeriodicity"), Vocabulary.FREQUENCIES), license,
                code(dataset, p(DCT, "accessRights"), Vocabulary.ACCESS_RIGHTS), null, null, null, null, landingPage,
                identifier, date(literal(dataset, p(DCT, "issued"))));
        List<DistributionRequest> described = new ArrayList<>();
        for (Resource distribution : distributions) {
            String access = uris(distribution, p(DCAT, "accessURL")).stream().findFirst().orElse(null);
            String download = uris(distribution, p(DCAT, "downloadURL")).stream().findFirst().orElse(null);
            String mediaType = uris(distribution, p(DCAT, "mediaType")).stream().findFirst()
                    .map(u -> u.startsWith(IANA) ? u.substring(IANA.length()) : u)
                    .orElse(literal(distribution, p(DCAT, "mediaType")));
            String size = literal(distribution, p(DCAT, "byteSize"));
            described.add(new DistributionRequest(texts(distribution, p(DCT, "title"), language),
                    texts(distribution, p(DCT, "description"), language), access != null ? access : download,
                    download, code(distribution, p(DCT, "format"), Vocabulary.FILE_TYPES),
                    mediaType != null && mediaType.matches("[a-z]+/[a-zA-Z0-9.+_-]+") ? mediaType : null,
                    size != null && size.matches("\\d{1,18}") ? Long.valueOf(size) : null, null, null, null, null,
                    null));
        }
        return new HarvestedItem(identifier, request, described);
    }

    private List<String> codes(Resource resource, Property property, Vocabulary vocabulary) {
        List<String> codes = new ArrayList<>();
        for (String uri : uris(resource, property)) {
            String code = terms.byUri(vocabulary, uri);
            if (code != null && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private String code(Resource resource, Property property, Vocabulary vocabulary) {
        List<String> codes = codes(resource, property, vocabulary);
        return codes.isEmpty() ? null : codes.get(0);
    }

    private static List<String> uris(Resource resource, Property property) {
        return resource.listProperties(property).mapWith(s -> s.getObject()).filterKeep(RDFNode::isURIResource)
                .mapWith(n -> n.asResource().getURI()).toList();
    }

    private static Map<String, String> texts(Resource resource, Property property, String language) {
        Map<String, String> texts = new LinkedHashMap<>();
        resource.listProperties(property).forEachRemaining(statement -> {
            if (statement.getObject().isLiteral()) {
                texts.putIfAbsent(lang(statement.getObject().asLiteral(), language),
                        statement.getObject().asLiteral().getString().strip());
            }
        });
        return texts;
    }

    private static String lang(Literal literal, String fallback) {
        String lang = literal.getLanguage();
        return lang == null || lang.isBlank() ? fallback : lang.toLowerCase(java.util.Locale.ROOT).split("-")[0];
    }

    private static String literal(Resource resource, Property property) {
        return resource.listProperties(property).mapWith(s -> s.getObject()).filterKeep(RDFNode::isLiteral)
                .mapWith(n -> n.asLiteral().getLexicalForm()).toList().stream().findFirst().orElse(null);
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Property p(String namespace, String local) {
        return ResourceFactory.createProperty(namespace, local);
    }
}
