package eu.od4growth.catalog.dataset.web;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import eu.od4growth.catalog.dataset.model.Dataset;

/**
 * The Atom 1.0 feed (RFC 4287) of recently published datasets that an intranet or a feed reader shows: public data
 * only, texts in the asked language (else English, French, then any), written with the JDK's StAX writer, which
 * escapes every text.
 */
final class AtomFeed {

    static final String TYPE = "application/atom+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * @param self the feed's own absolute URL (its id and rel=self link)
     * @param base the public base URL of the API, e.g. {@code http://localhost:8080}
     */
    static byte[] write(String title, String self, String base, List<Dataset> datasets, String lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", self);
            text(xml, "title", title);
            Instant updated = datasets.stream().map(Dataset::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
            text(xml, "updated", updated.toString());
            link(xml, "self", self, TYPE);
            xml.writeStartElement("author");
            text(xml, "name", "OD4G catalogue");
            xml.writeEndElement();
            text(xml, "generator", "OD4G catalog-service");
            for (Dataset dataset : datasets) {
                entry(xml, base, dataset, lang);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Atom feed", e);
        }
        return out.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, String base, Dataset dataset, String lang) throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "id", "urn:uuid:" + dataset.id());
        text(xml, "title", pick(dataset.title(), lang));
        text(xml, "updated", dataset.updatedAt().toString());
        if (dataset.issued() != null) {
            text(xml, "published", dataset.issued().atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toString());
        }
        xml.writeStartElement("author");
        text(xml, "name", dataset.ownerOrganisation());
        text(xml, "uri", base + "/api/organizations/" + dataset.ownerOrganisation());
        xml.writeEndElement();
        String summary = pick(dataset.description(), lang);
        if (!summary.isEmpty()) {
            text(xml, "summary", summary.length() > 1000 ? summary.substring(0, 999) + "…" : summary);
        }
        link(xml, "alternate", base + "/api/datasets/" + dataset.id(), "application/json");
        if (dataset.landingPage() != null) {
            link(xml, "related", dataset.landingPage(), "text/html");
        }
        for (String theme : dataset.themes() == null ? List.<String> of() : dataset.themes()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", theme);
            xml.writeAttribute("scheme", "http://publications.europa.eu/resource/authority/data-theme");
        }
        xml.writeEndElement();
    }

    /** The text in {@code lang}, else in English, French, or any language there is. */
    static String pick(Map<String, String> texts, String lang) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        for (String candidate : new String[] { lang, "en", "fr" }) {
            if (candidate != null && texts.get(candidate) != null) {
                return texts.get(candidate);
            }
        }
        return texts.values().iterator().next();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

}
