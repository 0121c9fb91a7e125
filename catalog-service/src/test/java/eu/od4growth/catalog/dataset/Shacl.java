package eu.od4growth.catalog.dataset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** Validation of exports with Jena SHACL against the official DCAT-AP 3.0.1 shapes (copied into test resources). */
final class Shacl {

    static final List<String> ALL_SHAPES = List.of("shapes.ttl", "shapes_recommended.ttl", "range.ttl",
            "mdr-vocabularies.shape.ttl");
    static final List<String> MANDATORY = List.of("shapes.ttl");

    private Shacl() {
    }

    static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        return model;
    }

    /** Fails, printing the report, when {@code model} violates ({@code sh:Violation}) one of {@code shapeFiles}. */
    static ValidationReport assertNoViolation(Model model, List<String> shapeFiles) {
        Model shapes = ModelFactory.createDefaultModel();
        for (String file : shapeFiles) {
            RDFDataMgr.read(shapes, Shacl.class.getResourceAsStream("/shacl/" + file), Lang.TURTLE);
        }
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes.getGraph()), model.getGraph());
        List<ReportEntry> violations = report.getEntries().stream()
                .filter(entry -> entry.severity() == Severity.Violation).toList();
        if (!violations.isEmpty()) {
            RDFDataMgr.write(System.out, report.getModel(), Lang.TURTLE);
        }
        assertThat(violations).as("SHACL violations of " + shapeFiles).isEmpty();
        return report;
    }
}
