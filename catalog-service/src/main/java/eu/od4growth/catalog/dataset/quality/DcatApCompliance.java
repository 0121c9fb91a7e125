package eu.od4growth.catalog.dataset.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/**
 * The "DCAT-AP compliant" indicator: the dataset's DCAT-AP export validated with Jena SHACL against the official
 * DCAT-AP 3.0.1 shapes (mandatory, recommended, ranges, controlled vocabularies); compliant means no sh:Violation
 * (warnings such as "the publisher is not in the EU corporate-bodies table" do not count).
 */
@ApplicationScoped
public class DcatApCompliance {

    /** The official shapes, as published by SEMIC. */
    public static final List<String> SHAPES = List.of("shapes.ttl", "shapes_recommended.ttl", "range.ttl",
            "mdr-vocabularies.shape.ttl");
    private static final int MAX_VIOLATIONS = 20;

    private volatile Shapes shapes;

    /** The violations of {@code model}, at most 20, each as "focus node: path: message"; empty when compliant. */
    public List<String> violations(Model model) {
        return ShaclValidator.get().validate(shapes(), model.getGraph()).getEntries().stream()
                .filter(entry -> entry.severity() == Severity.Violation).limit(MAX_VIOLATIONS)
                .map(DcatApCompliance::describe).toList();
    }

    private static String describe(ReportEntry entry) {
        String path = entry.resultPath() == null ? "" : entry.resultPath().toString() + ": ";
        return path + entry.message();
    }

    private Shapes shapes() {
        Shapes loaded = shapes;
        if (loaded == null) {
            Model model = ModelFactory.createDefaultModel();
            for (String file : SHAPES) {
                try (InputStream in = DcatApCompliance.class.getResourceAsStream("/shacl/" + file)) {
                    RDFDataMgr.read(model, in, Lang.TURTLE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            loaded = Shapes.parse(model.getGraph());
            shapes = loaded;
        }
        return loaded;
    }
}
