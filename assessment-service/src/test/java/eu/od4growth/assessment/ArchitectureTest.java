package eu.od4growth.assessment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import eu.od4growth.testing.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

@AnalyzeClasses(packages = "eu.od4growth.assessment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(ArchitectureRules.class);

    /** Assessments are split as ddd-by-examples/library does: web uses application, which uses model. */
    @ArchTest
    static final ArchRule assessmentLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("web").definedBy("eu.od4growth.assessment.assessment.web..")
            .layer("application").definedBy("eu.od4growth.assessment.assessment.application..")
            .layer("model").definedBy("eu.od4growth.assessment.assessment.model..")
            .whereLayer("web").mayNotBeAccessedByAnyLayer()
            .whereLayer("application").mayOnlyBeAccessedByLayers("web")
            .whereLayer("model").mayOnlyBeAccessedByLayers("application", "web");

    /** Campaigns, benchmarks and action plans keep the same layers as assessments. */
    @ArchTest
    static final ArchRule featureLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("web").definedBy("eu.od4growth.assessment.campaign.web..", "eu.od4growth.assessment.benchmark.web..",
                    "eu.od4growth.assessment.plan.web..")
            .layer("application")
            .definedBy("eu.od4growth.assessment.campaign.application..", "eu.od4growth.assessment.benchmark.application..",
                    "eu.od4growth.assessment.plan.application..")
            .layer("model").definedBy("eu.od4growth.assessment.campaign.model..", "eu.od4growth.assessment.benchmark.model..",
                    "eu.od4growth.assessment.plan.model..")
            .whereLayer("web").mayNotBeAccessedByAnyLayer()
            .whereLayer("model").mayOnlyBeAccessedByLayers("application", "web");

    /**
     * The maturity rules, the scoring, the radar chart and the benchmark statistics are plain code: no HTTP, no persistence, no
     * framework.
     */
    @ArchTest
    static final ArchRule domainIsPure = noClasses().that()
            .resideInAnyPackage("eu.od4growth.assessment.maturity..", "eu.od4growth.assessment.scoring..",
                    "eu.od4growth.assessment.radar..", "eu.od4growth.assessment.benchmark.model..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                    "org.hibernate..", "io.quarkus..", "io.vertx..", "org.jboss.resteasy..");
}
