package eu.od4growth.workshop.calendar;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.workshop.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feed of upcoming sessions, parsed back as XML: Atom 1.0's required elements, one entry per public session
 * (not drafts', not cancelled ones), the organization and dimension filters, escaped texts, no join URL.
 */
@QuarkusTest
@ServiceTest
class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final String organisation = Fixtures.organisation();
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");

    private Document feed(String query) throws Exception {
        byte[] body = given().get("/api/events/feed" + query).then().statusCode(200)
                .contentType("application/atom+xml").extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static String child(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(ATOM, name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    @Test
    void upcomingPublicSessionsAreAtomEntriesFilteredByOrganizationAndDimension() throws Exception {
        String event = Fixtures.publishedEvent(coordinator, "{\"en\": \"Quality <b>&</b> metadata\", \"fr\": \"Qualité\"}",
                "[\"QUALITY\", \"PORTAL\"]");
        String session = Fixtures.session(coordinator, event, 12);
        String cancelled = Fixtures.session(coordinator, event, 12);
        given().auth().oauth2(coordinator).header("If-Match", "\"0\"")
                .post("/api/sessions/" + cancelled + "/cancel").then().statusCode(200);
        Fixtures.session(coordinator, Fixtures.draftEvent(coordinator), 5);

        Document document = feed("?organization=" + organisation);
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "id")).endsWith("/api/events/feed?organization=" + organisation);
        assertThat(child(root, "title")).isEqualTo("OD4Growth workshops");
        assertThat(child(root, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        Element self = (Element) root.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).isEqualTo(child(root, "id"));

        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        Element entry = (Element) entries.item(0);
        assertThat(child(entry, "id")).isEqualTo("urn:uuid:" + session);
        assertThat(child(entry, "title")).startsWith("Quality <b>&</b> metadata");
        assertThat(child(entry, "updated")).isNotBlank();
        assertThat(child(entry, "published")).isNotBlank();
        assertThat(child(entry, "name")).isEqualTo(organisation);
        assertThat(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .endsWith("/api/events/" + event);
        assertThat(child(entry, "summary")).startsWith("2031-02-09 10:00 – 11:00 (Europe/Paris)");
        NodeList categories = entry.getElementsByTagNameNS(ATOM, "category");
        assertThat(categories.getLength()).isEqualTo(2);
        assertThat(((Element) categories.item(0)).getAttribute("term")).isEqualTo("portal");
        assertThat(new String(given().get("/api/events/feed?organization=" + organisation).asByteArray(),
                StandardCharsets.UTF_8)).doesNotContain("secret-room");

        assertThat(feed("?organization=" + organisation + "&dimension=QUALITY&lang=fr").getDocumentElement()
                .getElementsByTagNameNS(ATOM, "entry").getLength()).isEqualTo(1);
        assertThat(child((Element) feed("?organization=" + organisation + "&lang=fr").getDocumentElement()
                .getElementsByTagNameNS(ATOM, "entry").item(0), "title")).startsWith("Qualité");
        assertThat(feed("?organization=" + organisation + "&dimension=POLICY").getDocumentElement()
                .getElementsByTagNameNS(ATOM, "entry").getLength()).isZero();
        given().get("/api/events/feed?dimension=nonsense").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
