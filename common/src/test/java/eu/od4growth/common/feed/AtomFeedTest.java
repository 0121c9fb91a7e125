package eu.od4growth.common.feed;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import eu.od4growth.common.feed.AtomFeed.Category;
import eu.od4growth.common.feed.AtomFeed.Entry;
import eu.od4growth.common.feed.AtomFeed.Feed;
import eu.od4growth.common.feed.AtomFeed.Link;
import eu.od4growth.common.feed.AtomFeed.Person;

import static org.assertj.core.api.Assertions.assertThat;

class AtomFeedTest {

    private static final Instant UPDATED = Instant.parse("2026-11-28T10:15:30.123456Z");

    @Test
    void feedAndEntriesParseBackWithEscapedTextsAndOptionalPartsLeftOut() throws Exception {
        Feed feed = new Feed("https://api.example.org/api/datasets/feed", "Datasets <new>", UPDATED,
                List.of(new Link("self", "https://api.example.org/api/datasets/feed", AtomFeed.MEDIA_TYPE)),
                new Person("OD4G catalogue", null), "OD4G catalog-service");
        Entry full = new Entry("urn:uuid:1", "Bus stops & <b>lines</b>", UPDATED, Instant.parse("2026-01-02T00:00:00Z"),
                new Person("grand-est", "https://api.example.org/api/organizations/grand-est"), "Where buses stop.",
                List.of(new Link("alternate", "https://api.example.org/api/datasets/1", "application/json")),
                List.of(new Category("TRAN", "http://publications.europa.eu/resource/authority/data-theme"),
                        new Category("bus", null)));
        Entry bare = new Entry("urn:uuid:2", "Second", UPDATED, null, null, null, List.of(), null);

        Document xml = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(AtomFeed.write(feed, List.of(full, bare))));

        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("feed");
        assertThat(root.getAttribute("xmlns")).isEqualTo(AtomFeed.NAMESPACE);
        assertThat(child(root, "title").getTextContent()).isEqualTo("Datasets <new>");
        assertThat(child(root, "updated").getTextContent()).isEqualTo("2026-11-28T10:15:30Z");
        assertThat(child(root, "link").getAttribute("rel")).isEqualTo("self");
        assertThat(child(child(root, "author"), "name").getTextContent()).isEqualTo("OD4G catalogue");

        var entries = root.getElementsByTagName("entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element first = (Element) entries.item(0);
        assertThat(child(first, "title").getTextContent()).isEqualTo("Bus stops & <b>lines</b>");
        assertThat(first.getElementsByTagName("b").getLength()).isZero();
        assertThat(child(first, "published").getTextContent()).isEqualTo("2026-01-02T00:00:00Z");
        assertThat(child(first, "summary").getAttribute("type")).isEqualTo("text");
        assertThat(child(child(first, "author"), "uri").getTextContent()).endsWith("/organizations/grand-est");
        assertThat(first.getElementsByTagName("category").getLength()).isEqualTo(2);
        assertThat(((Element) first.getElementsByTagName("category").item(1)).hasAttribute("scheme")).isFalse();

        Element second = (Element) entries.item(1);
        assertThat(second.getElementsByTagName("published").getLength()).isZero();
        assertThat(second.getElementsByTagName("author").getLength()).isZero();
        assertThat(second.getElementsByTagName("summary").getLength()).isZero();
        assertThat(second.getElementsByTagName("link").getLength()).isZero();
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagName(name).item(0);
    }
}
