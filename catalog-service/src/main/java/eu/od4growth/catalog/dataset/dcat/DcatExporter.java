package eu.od4growth.catalog.dataset.dcat;

import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;

import eu.od4growth.catalog.dataset.model.ContactPoint;
import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.dataset.model.Distribution;
import eu.od4growth.catalog.dataset.model.TemporalCoverage;
import eu.od4growth.catalog.organisation.OrganisationKind;
import eu.od4growth.catalog.organisation.Publishers;
import eu.od4growth.catalog.organisation.Publishers.Publisher;
import eu.od4growth.catalog.vocabulary.Term;
import eu.od4growth.catalog.vocabulary.Vocabularies;
import eu.od4growth.catalog.vocabulary.Vocabulary;

/**
 * Writes datasets and catalogue pages as DCAT-AP 3.0.1, typed the way the official SHACL shapes check them: every
 * concept of a controlled vocabulary carries its scheme, every linked resource its class (dct:LicenseDocument,
 * dct:Frequency, foaf:Document …), so that data.europa.eu or data.gouv.fr can harvest the catalogue as it is.
 */
@ApplicationScoped
public class DcatExporter {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String DCATAP = "http://data.europa.eu/r5r/";
    static final String ADMS = "http://www.w3.org/ns/adms#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String ELI = "http://data.europa.eu/eli/ontology#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    private static final String PUBLISHER_TYPE = "http://purl.org/adms/publishertype/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String NUTS = "http://data.europa.eu/nuts/code/";

    private final Vocabularies vocabularies;
    private final Publishers publishers;
    private final CatalogConfig config;

    DcatExporter(Vocabularies vocabularies, Publishers publishers, CatalogConfig config) {
        this.vocabularies = vocabularies;
        this.publishers = publishers;
        this.config = config;
    }

    /**
     * One page of the catalogue: {@code page} is null when it was reached by {@code cursor}; {@code nextCursor} leads
     * to the next page at a constant cost, however deep the walk.
     */
    public record CatalogPage(List<Dataset> datasets, long total, Integer page, int size, String organization,
            String cursor, String nextCursor) {
    }

    /** The dataset with its distributions and publisher. */
    public Model dataset(Dataset dataset) {
        Model model = model();
        Map<String, Publisher> known = publishers.bySlug(Set.of(dataset.ownerOrganisation()));
        addDataset(model, dataset, known);
        return model;
    }

    /** The catalogue (dcat:Catalog) with one page of its published datasets. */
    public Model catalog(CatalogPage page) {
        Model model = model();
        String base = base() + "/api/catalog";
        Resource catalog = model.createResource(base, cls(DCAT, "Catalog"));
        catalog.addProperty(p(DCT, "title"), config.title(), "en");
        catalog.addProperty(p(DCT, "description"), config.description(), "en");
        Resource publisher = model.createResource(base() + "/", cls(FOAF, "Agent"));
        publisher.addProperty(p(FOAF, "name"), config.publisherName(), "en");
        catalog.addProperty(p(DCT, "publisher"), publisher);
        catalog.addProperty(p(FOAF, "homepage"), model.createResource(base() + "/", cls(FOAF, "Document")));
        catalog.addProperty(p(DCAT, "themeTaxonomy"), authority(model, "data-theme"));
        for (String language : List.of("ENG", "FRA", "ITA")) {
            catalog.addProperty(p(DCT, "language"), term(model, Vocabulary.LANGUAGES, language, "language",
                    cls(DCT, "LinguisticSystem")));
        }
        page.datasets().stream().map(Dataset::updatedAt).max(Instant::compareTo)
                .ifPresent(modified -> catalog.addProperty(p(DCT, "modified"), dateTime(model, modified)));

        Map<String, Publisher> known = publishers
                .bySlug(page.datasets().stream().map(Dataset::ownerOrganisation).collect(Collectors.toSet()));
        for (Dataset dataset : page.datasets()) {
            catalog.addProperty(p(DCAT, "dataset"), addDataset(model, dataset, known));
        }
        hydra(model, catalog, base, page);
        return model;
    }

    public void write(Model model, RdfFormat format, OutputStream out) {
        RDFDataMgr.write(out, model, format.format);
    }

    private void hydra(Model model, Resource catalog, String base, CatalogPage page) {
        long last = page.total() == 0 ? 0 : (page.total() - 1) / page.size();
        String filter = page.organization() == null ? ""
                : "organization=" + URLEncoder.encode(page.organization(), StandardCharsets.UTF_8) + "&";
        String self = page.page() != null ? pageUri(base, filter, page.page(), page.size())
                : cursorUri(base, filter, page.cursor(), page.size());
        Resource view = model.createResource(self, cls(HYDRA, "PartialCollectionView"));
        catalog.addProperty(p(HYDRA, "view"), view);
        catalog.addLiteral(p(HYDRA, "totalItems"), model.createTypedLiteral(page.total()));
        view.addLiteral(p(HYDRA, "itemsPerPage"), model.createTypedLiteral((long) page.size()));
        view.addProperty(p(HYDRA, "first"), model.createResource(pageUri(base, filter, 0, page.size())));
        view.addProperty(p(HYDRA, "last"), model.createResource(pageUri(base, filter, last, page.size())));
        if (page.page() != null && page.page() > 0) {
            view.addProperty(p(HYDRA, "previous"),
                    model.createResource(pageUri(base, filter, Math.min(page.page() - 1, last), page.size())));
        }
        if (page.nextCursor() != null) {
            view.addProperty(p(HYDRA, "next"),
                    model.createResource(cursorUri(base, filter, page.nextCursor(), page.size())));
        }
    }

    private static String pageUri(String base, String filter, long page, int size) {
        return base + "?" + filter + "page=" + page + "&size=" + size;
    }

    private static String cursorUri(String base, String filter, String cursor, int size) {
        return base + "?" + filter + "cursor=" + cursor + "&size=" + size;
    }

    private Resource addDataset(Model model, Dataset dataset, Map<String, Publisher> known) {
        String uri = base() + "/api/datasets/" + dataset.id();
        Resource resource = model.createResource(uri, cls(DCAT, "Dataset"));
        texts(resource, p(DCT, "title"), dataset.title());
        texts(resource, p(DCT, "description"), dataset.description());
        dataset.keywords().forEach((language, words) -> words
                .forEach(word -> resource.addProperty(p(DCAT, "keyword"), word, language)));
        for (String theme : dataset.themes()) {
            resource.addProperty(p(DCAT, "theme"), term(model, Vocabulary.THEMES, theme, "data-theme"));
        }
        resource.addProperty(p(DCT, "publisher"), publisher(model, dataset.ownerOrganisation(), known));
        if (dataset.contactPoint() != null) {
            resource.addProperty(p(DCAT, "contactPoint"), contact(model, dataset.contactPoint()));
        }
        for (String nuts : dataset.spatial()) {
            resource.addProperty(p(DCT, "spatial"), model.createResource(NUTS + nuts, cls(DCT, "Location")));
        }
        if (dataset.temporal() != null) {
            resource.addProperty(p(DCT, "temporal"), period(model, dataset.temporal()));
        }
        if (dataset.frequency() != null) {
            resource.addProperty(p(DCT, "accrualPeriodicity"),
                    term(model, Vocabulary.FREQUENCIES, dataset.frequency(), "frequency", cls(DCT, "Frequency")));
        }
        if (dataset.accessRights() != null) {
            resource.addProperty(p(DCT, "accessRights"), term(model, Vocabulary.ACCESS_RIGHTS,
                    dataset.accessRights(), "access-right", cls(DCT, "RightsStatement")));
        }
        for (String standard : dataset.conformsTo()) {
            resource.addProperty(p(DCT, "conformsTo"), model.createResource(standard, cls(DCT, "Standard")));
        }
        for (String category : dataset.hvdCategories()) {
            Term term = vocabularies.get(Vocabulary.HVD_CATEGORIES, category);
            Resource concept = model.createResource(term.uri(), cls(SKOS, "Concept"));
            labels(concept, term);
            resource.addProperty(p(DCATAP, "hvdCategory"), concept);
        }
        for (String legislation : dataset.applicableLegislation()) {
            resource.addProperty(p(DCATAP, "applicableLegislation"),
                    model.createResource(legislation, cls(ELI, "LegalResource")));
        }
        for (String language : dataset.languages()) {
            resource.addProperty(p(DCT, "language"),
                    term(model, Vocabulary.LANGUAGES, language, "language", cls(DCT, "LinguisticSystem")));
        }
        if (dataset.landingPage() != null) {
            resource.addProperty(p(DCAT, "landingPage"),
                    model.createResource(dataset.landingPage(), cls(FOAF, "Document")));
        }
        resource.addProperty(p(DCT, "identifier"), dataset.identifier() != null ? dataset.identifier() : uri);
        if (dataset.issued() != null) {
            resource.addProperty(p(DCT, "issued"), date(model, dataset.issued()));
        }
        resource.addProperty(p(DCT, "modified"), dateTime(model, dataset.updatedAt()));
        for (Distribution distribution : dataset.distributions()) {
            resource.addProperty(p(DCAT, "distribution"), distribution(model, uri, distribution));
        }
        return resource;
    }

    private Resource distribution(Model model, String datasetUri, Distribution distribution) {
        Resource resource = model.createResource(datasetUri + "/distributions/" + distribution.id(),
                cls(DCAT, "Distribution"));
        resource.addProperty(p(DCAT, "accessURL"), model.createResource(distribution.accessUrl()));
        if (distribution.downloadUrl() != null) {
            resource.addProperty(p(DCAT, "downloadURL"), model.createResource(distribution.downloadUrl()));
        }
        texts(resource, p(DCT, "title"), distribution.title());
        texts(resource, p(DCT, "description"), distribution.description());
        if (distribution.format() != null) {
            resource.addProperty(p(DCT, "format"), term(model, Vocabulary.FILE_TYPES, distribution.format(),
                    "file-type", cls(DCT, "MediaTypeOrExtent")));
        }
        if (distribution.mediaType() != null) {
            resource.addProperty(p(DCAT, "mediaType"),
                    model.createResource(IANA + distribution.mediaType(), cls(DCT, "MediaType")));
        }
        if (distribution.byteSize() != null) {
            resource.addProperty(p(DCAT, "byteSize"), model.createTypedLiteral(
                    distribution.byteSize().toString(), XSDDatatype.XSDnonNegativeInteger));
        }
        if (distribution.checksumAlgorithm() != null) {
            Resource algorithm = model.createResource(
                    vocabularies.get(Vocabulary.CHECKSUM_ALGORITHMS, distribution.checksumAlgorithm()).uri(),
                    cls(SPDX, "ChecksumAlgorithm"));
            Resource checksum = model.createResource(cls(SPDX, "Checksum"));
            checksum.addProperty(p(SPDX, "algorithm"), algorithm);
            checksum.addProperty(p(SPDX, "checksumValue"),
                    model.createTypedLiteral(distribution.checksumValue(), XSDDatatype.XSDhexBinary));
            resource.addProperty(p(SPDX, "checksum"), checksum);
        }
        String license = distribution.effectiveLicense();
        if (license != null) {
            Term term = vocabularies.get(Vocabulary.LICENSES, license);
            Resource document = model.createResource(term.uri(), cls(DCT, "LicenseDocument"));
            labels(document, term);
            resource.addProperty(p(DCT, "license"), document);
        }
        if (distribution.availability() != null) {
            resource.addProperty(p(DCATAP, "availability"),
                    term(model, Vocabulary.AVAILABILITIES, distribution.availability(), "planned-availability"));
        }
        if (!distribution.rights().isEmpty()) {
            Resource rights = model.createResource(cls(DCT, "RightsStatement"));
            texts(rights, p(RDFS, "label"), distribution.rights());
            resource.addProperty(p(DCT, "rights"), rights);
        }
        if (distribution.status() != null) {
            resource.addProperty(p(ADMS, "status"), term(model, Vocabulary.DISTRIBUTION_STATUSES,
                    distribution.status(), "distribution-status"));
        }
        return resource;
    }

    private Resource publisher(Model model, String slug, Map<String, Publisher> known) {
        Publisher publisher = known.get(slug);
        Resource agent = model.createResource(base() + "/api/organizations/" + slug, cls(FOAF, "Agent"));
        agent.addProperty(p(FOAF, "name"), publisher == null ? slug : publisher.name());
        if (publisher != null) {
            String type = publisherType(publisher.kind());
            if (type != null) {
                Resource concept = model.createResource(PUBLISHER_TYPE + type, cls(SKOS, "Concept"));
                boolean regional = type.startsWith("Regional");
                concept.addProperty(p(SKOS, "prefLabel"), regional ? "Regional authority" : "Local authority", "en");
                concept.addProperty(p(SKOS, "prefLabel"), regional ? "Autorité régionale" : "Autorité locale", "fr");
                concept.addProperty(p(SKOS, "prefLabel"), regional ? "Autorità regionale" : "Autorità locale", "it");
                concept.addProperty(p(SKOS, "inScheme"),
                        scheme(model, "http://purl.org/adms/publishertype/1.0", "Publisher type"));
                agent.addProperty(p(DCT, "type"), concept);
            }
            if (publisher.website() != null) {
                agent.addProperty(p(FOAF, "homepage"), model.createResource(publisher.website(), cls(FOAF, "Document")));
            }
            if (publisher.contactEmail() != null) {
                agent.addProperty(p(FOAF, "mbox"), model.createResource("mailto:" + publisher.contactEmail()));
            }
        }
        return agent;
    }

    /** The ADMS publisher type of a kind of public body; none for the kinds it has no concept for. */
    private static String publisherType(OrganisationKind kind) {
        return switch (kind) {
            case REGIONAL_COUNCIL, DEPARTEMENT -> "RegionalAuthority";
            case AGGLOMERATION_COMMUNITY, COMMUNITY_OF_COMMUNES, URBAN_COMMUNITY, CITY, NATURAL_PARK -> "LocalAuthority";
            default -> null;
        };
    }

    private static Resource contact(Model model, ContactPoint contact) {
        Resource card = model.createResource(cls(VCARD, "Kind"));
        card.addProperty(RDF.type, cls(VCARD, "Organization"));
        card.addProperty(p(VCARD, "fn"), contact.name());
        if (contact.email() != null) {
            card.addProperty(p(VCARD, "hasEmail"), model.createResource("mailto:" + contact.email()));
        }
        if (contact.url() != null) {
            card.addProperty(p(VCARD, "hasURL"), model.createResource(contact.url()));
        }
        return card;
    }

    private static Resource period(Model model, TemporalCoverage temporal) {
        Resource period = model.createResource(cls(DCT, "PeriodOfTime"));
        if (temporal.start() != null) {
            period.addProperty(p(DCAT, "startDate"), date(model, temporal.start()));
        }
        if (temporal.end() != null) {
            period.addProperty(p(DCAT, "endDate"), date(model, temporal.end()));
        }
        return period;
    }

    /** A concept of an EU authority table, with its scheme and labels, typed with {@code classes} besides skos:Concept. */
    private Resource term(Model model, Vocabulary vocabulary, String code, String authority, Resource... classes) {
        Term term = vocabularies.get(vocabulary, code);
        Resource concept = model.createResource(term.uri(), cls(SKOS, "Concept"));
        for (Resource type : classes) {
            concept.addProperty(RDF.type, type);
        }
        concept.addProperty(p(SKOS, "inScheme"), authority(model, authority));
        labels(concept, term);
        return concept;
    }

    /** A concept scheme with the title DCAT-AP requires of it. */
    private static Resource scheme(Model model, String uri, String title) {
        Resource scheme = model.createResource(uri, cls(SKOS, "ConceptScheme"));
        scheme.addProperty(p(DCT, "title"), title, "en");
        return scheme;
    }

    /** An EU authority table: "data-theme" is titled "Data theme". */
    private static Resource authority(Model model, String name) {
        String title = name.replace('-', ' ');
        return scheme(model, AUTHORITY + name, Character.toUpperCase(title.charAt(0)) + title.substring(1));
    }

    private static void labels(Resource concept, Term term) {
        term.label().forEach((language, label) -> concept.addProperty(p(SKOS, "prefLabel"), label, language));
    }

    private static void texts(Resource resource, Property property, Map<String, String> texts) {
        if (texts != null) {
            texts.forEach((language, text) -> resource.addProperty(property, text, language));
        }
    }

    private static org.apache.jena.rdf.model.Literal date(Model model, LocalDate date) {
        return model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
    }

    private static org.apache.jena.rdf.model.Literal dateTime(Model model, Instant instant) {
        return model.createTypedLiteral(instant.toString(), XSDDatatype.XSDdateTime);
    }

    private String base() {
        String base = config.baseUri();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static Model model() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("dcat", DCAT);
        model.setNsPrefix("dct", DCT);
        model.setNsPrefix("foaf", FOAF);
        model.setNsPrefix("skos", SKOS);
        model.setNsPrefix("vcard", VCARD);
        model.setNsPrefix("dcatap", DCATAP);
        model.setNsPrefix("adms", ADMS);
        model.setNsPrefix("spdx", SPDX);
        model.setNsPrefix("eli", ELI);
        model.setNsPrefix("hydra", HYDRA);
        model.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        return model;
    }

    private static Property p(String namespace, String local) {
        return ResourceFactory.createProperty(namespace, local);
    }

    private static Resource cls(String namespace, String local) {
        return ResourceFactory.createResource(namespace + local);
    }
}
