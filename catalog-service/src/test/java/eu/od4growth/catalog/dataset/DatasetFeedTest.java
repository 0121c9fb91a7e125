package eu.od4growth.catalog.dataset;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The Atom feed of published datasets, read back with an XML parser as a feed reader would. */
@QuarkusTest
@ServiceTest
class DatasetFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final String organisation = "feed-" + UUID.randomUUID().toString().substring(0, 8);
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");

    @Test
    void theFeedListsPublishedDatasetsAsAtom() throws Exception {
        String transport = dataset("{\"title\": {\"fr\": \"Arrêts <bus> & cars\", \"en\": \"Bus stops\"},"
                + " \"description\": {\"fr\": \"Les arrêts des lignes régionales.\", \"en\": \"Stops of the regional lines.\"},"
                + " \"themes\": [\"TRAN\"], \"landingPage\": \"https://example.org/arrets\"}", true);
        String environment = dataset("{\"title\": {\"en\": \"Air quality\"}, \"description\": {\"en\": \"Hourly measures.\"},"
                + " \"themes\": [\"ENVI\"]}", true);
        dataset("{\"title\": {\"en\": \"Draft\"}, \"description\": {\"en\": \"Not public.\"}}", false);

        byte[] body = given().get("/api/datasets/feed?organization=" + organisation + "&lang=fr").then().statusCode(200)
                .contentType("application/atom+xml").extract().asByteArray();
        Document feed = parse(body);
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(child(root, "id"))
                .isEqualTo("http://localhost:8080/api/datasets/feed?organization=" + organisation + "&lang=fr");
        assertThat(child(root, "title")).contains(organisation);
        assertThat(child(root, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        Element self = (Element) root.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");

        List<Element> entries = entries(root);
        assertThat(entries).hasSize(2);
        // The last changed first: the air quality dataset was published after the bus stops.
        assertThat(child(entries.get(0), "id")).isEqualTo("urn:uuid:" + environment);
        Element bus = entries.get(1);
        assertThat(child(bus, "id")).isEqualTo("urn:uuid:" + transport);
        assertThat(child(bus, "title")).isEqualTo("Arrêts <bus> & cars");
        assertThat(child(bus, "summary")).isEqualTo("Les arrêts des lignes régionales.");
        assertThat(child(bus, "updated")).endsWith("Z");
        assertThat(links(bus)).contains("alternate http://localhost:8080/api/datasets/" + transport,
                "related https://example.org/arrets");
        assertThat(((Element) bus.getElementsByTagNameNS(ATOM, "category").item(0)).getAttribute("term"))
                .isEqualTo("TRAN");

        Document english = parse(given().get("/api/datasets/feed?organization=" + organisation + "&theme=TRAN").then()
                .statusCode(200).extract().asByteArray());
        assertThat(entries(english.getDocumentElement())).hasSize(1);
        assertThat(child(entries(english.getDocumentElement()).get(0), "title")).isEqualTo("Bus stops");
    }

    @Test
    void badParametersAreProblems() {
        given().get("/api/datasets/feed?lang=french").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/datasets/feed?organization=Not%20a%20slug").then().statusCode(400);
        given().get("/api/datasets/feed?size=0").then().statusCode(400);
        given().accept("text/csv").get("/api/datasets/feed").then().statusCode(406);
    }

    private String dataset(String body, boolean publish) {
        String id = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(body).post("/api/datasets")
                .then().statusCode(201).extract().path("id");
        if (publish) {
            given().auth().oauth2(coordinator).header("If-Match", "\"0\"").post("/api/datasets/" + id + "/publish")
                    .then().statusCode(200);
        }
        return id;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> entries(Element feed) {
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && name.equals(element.getLocalName())) {
                return element.getTextContent();
            }
        }
        return null;
    }

    private static List<String> links(Element entry) {
        NodeList nodes = entry.getElementsByTagNameNS(ATOM, "link");
        List<String> links = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element link = (Element) nodes.item(i);
            links.add(link.getAttribute("rel") + " " + link.getAttribute("href"));
        }
        return links;
    }
}
