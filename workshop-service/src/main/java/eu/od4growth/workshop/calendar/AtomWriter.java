package eu.od4growth.workshop.calendar;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) with the JDK's streaming XML writer, which escapes every text and attribute: a
 * title holding markup stays text. Ids are {@code urn:uuid:} of the session, stable across changes.
 */
final class AtomWriter {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private AtomWriter() {
    }

    /** The feed: where it is ({@code self}), what it is, when it last changed. */
    record Feed(String id, String title, String self, String alternate, Instant updated) {
    }

    /** One entry: a session, with its event's page as its link and its organiser as author. */
    record Entry(String id, String title, String link, Instant updated, Instant published, String author,
            String summary, List<String> categories) {
    }

    static String write(Feed feed, List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            text(xml, "id", feed.id());
            text(xml, "title", feed.title());
            text(xml, "updated", time(feed.updated()));
            link(xml, "self", feed.self(), "application/atom+xml");
            link(xml, "alternate", feed.alternate(), "application/json");
            xml.writeStartElement("generator");
            xml.writeCharacters("OD4G workshop service");
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", entry.id());
                text(xml, "title", entry.title());
                text(xml, "updated", time(entry.updated()));
                text(xml, "published", time(entry.published()));
                link(xml, "alternate", entry.link(), "application/json");
                xml.writeStartElement("author");
                text(xml, "name", entry.author());
                xml.writeEndElement();
                for (String category : entry.categories()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", category);
                }
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(entry.summary());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The Atom feed could not be written", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** RFC 3339, to the second, in UTC. */
    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
