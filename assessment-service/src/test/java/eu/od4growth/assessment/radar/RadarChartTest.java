package eu.od4growth.assessment.radar;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The radar chart is a well-formed standalone SVG 1.1 document with what a reader needs. */
public class RadarChartTest {

    static final List<RadarChart.Axis> AXES = List.of(new RadarChart.Axis("Politique <open data>", 72.0, 60.0),
            new RadarChart.Axis("Impact", 40.0, 45.0), new RadarChart.Axis("Portail & usages", 88.0, 70.0),
            new RadarChart.Axis("Qualité des données", null, 20.0));

    /** Parses without fetching the DTD (no network in tests). */
    public static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aChartHasOneAxisPerDimensionTwoPolygonsALegendAndAccessibleTexts() throws Exception {
        String svg = RadarChart.render("Maturité open data", "Graphique radar", AXES, "Cette évaluation",
                "Évaluation précédente");
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
        assertThat(((Element) root.getElementsByTagName("title").item(0)).getTextContent())
                .isEqualTo("Maturité open data");
        assertThat(root.getElementsByTagName("desc").getLength()).isEqualTo(1);
        assertThat(count(document, "line", "axis")).isEqualTo(4);
        assertThat(count(document, "polygon", "series")).isEqualTo(2);
        assertThat(svg).contains("Politique &lt;open").contains("data&gt;").contains("Portail &amp; usages")
                .contains("Évaluation précédente").contains("72 %").contains("(60 %)");
    }

    @Test
    void withoutAPreviousAssessmentThereIsOnePolygon() throws Exception {
        Document document = parse(RadarChart.render("T", "D", AXES, "This assessment", null));
        assertThat(count(document, "polygon", "series")).isEqualTo(1);
        assertThat(document.getElementById("previous")).isNull();
    }

    @Test
    void fewerThanThreeAxesMakeNoRadar() {
        assertThatThrownBy(() -> RadarChart.render("T", "D", AXES.subList(0, 2), "x", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void controlCharactersNeverBreakTheXml() throws Exception {
        parse(RadarChart.render("T\u0001", "D", List.of(new RadarChart.Axis("a\u0007", 1.0, null),
                new RadarChart.Axis("b", 2.0, null), new RadarChart.Axis("c", 3.0, null)), "x", null));
    }

    /** How many {@code tag} elements of {@code cssClass} the document has. */
    public static int count(Document document, String tag, String cssClass) {
        Element root = document.getDocumentElement();
        NodeList nodes = root.getElementsByTagName(tag);
        int count = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            count += cssClass.equals(((Element) nodes.item(i)).getAttribute("class")) ? 1 : 0;
        }
        return count;
    }
}
