package eu.od4growth.common.feed;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) with the JDK's streaming XML writer (StAX), which escapes every text and
 * attribute: a title holding markup stays text. Times are RFC 3339 in UTC, to the second. What goes in (which records,
 * which language, which links) is the service's business; how a feed is written lives here once.
 */
public final class AtomFeed {

    public static final String MEDIA_TYPE = "application/atom+xml";
    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /** A link of the feed or of an entry: {@code self}, {@code alternate}, {@code related}… */
    public record Link(String rel, String href, String type) {
    }

    /** A person or organisation named as author; {@code uri} may be null. */
    public record Person(String name, String uri) {
    }

    /** A category term, with the vocabulary it comes from when there is one ({@code scheme} may be null). */
    public record Category(String term, String scheme) {
    }

    /** The feed itself: its id (a URI), title, last change, links, author (may be null) and generator. */
    public record Feed(String id, String title, Instant updated, List<Link> links, Person author, String generator) {
    }

    /** One entry; {@code published}, {@code author} and {@code summary} (plain text) may be null. */
    public record Entry(String id, String title, Instant updated, Instant published, Person author, String summary,
            List<Link> links, List<Category> categories) {
    }

    /** The feed as UTF-8 XML. */
    public static byte[] write(Feed feed, List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            text(xml, "id", feed.id());
            text(xml, "title", feed.title());
            text(xml, "updated", time(feed.updated()));
            links(xml, feed.links());
            person(xml, feed.author());
            if (feed.generator() != null) {
                text(xml, "generator", feed.generator());
            }
            for (Entry entry : entries) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The Atom feed could not be written", e);
        }
        return out.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "id", entry.id());
        text(xml, "title", entry.title());
        text(xml, "updated", time(entry.updated()));
        if (entry.published() != null) {
            text(xml, "published", time(entry.published()));
        }
        person(xml, entry.author());
        if (entry.summary() != null && !entry.summary().isEmpty()) {
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(entry.summary());
            xml.writeEndElement();
        }
        links(xml, entry.links());
        for (Category category : entry.categories() == null ? List.<Category> of() : entry.categories()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", category.term());
            if (category.scheme() != null) {
                xml.writeAttribute("scheme", category.scheme());
            }
        }
        xml.writeEndElement();
    }

    private static void person(XMLStreamWriter xml, Person person) throws XMLStreamException {
        if (person == null) {
            return;
        }
        xml.writeStartElement("author");
        text(xml, "name", person.name());
        if (person.uri() != null) {
            text(xml, "uri", person.uri());
        }
        xml.writeEndElement();
    }

    private static void links(XMLStreamWriter xml, List<Link> links) throws XMLStreamException {
        for (Link link : links == null ? List.<Link> of() : links) {
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", link.rel());
            xml.writeAttribute("href", link.href());
            if (link.type() != null) {
                xml.writeAttribute("type", link.type());
            }
        }
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    /** RFC 3339, to the second, in UTC. */
    private static String time(Instant instant) {
        return (instant == null ? Instant.EPOCH : instant).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
