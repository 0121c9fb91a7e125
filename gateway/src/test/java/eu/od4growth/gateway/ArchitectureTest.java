package eu.od4growth.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the gateway a thin proxy: no REST resources (bodies stream through Vert.x routes), nothing public beyond its
 * configuration, feature packages that share only that, and no package cycles. Empty rules fail (ArchUnit's
 * default), so each rule matches.
 */
@AnalyzeClasses(packages = "eu.od4growth.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noRestResources = noClasses().that().resideInAPackage("eu.od4growth.gateway..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .because("requests pass through Vert.x routes unparsed; the REST layer is the services' business");

    @ArchTest
    static final ArchRule packagePrivateByDefault = classes().that().resideInAPackage("eu.od4growth.gateway..")
            .and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
            .and().doNotHaveFullyQualifiedName("eu.od4growth.gateway.GatewayConfig")
            .and().doNotHaveFullyQualifiedName("eu.od4growth.gateway.RequestAttributes")
            .should().notBePublic()
            .because("the gateway is an application, not a library; only its configuration and the names of request "
                    + "attributes are shared by its feature packages");

    @ArchTest
    static final ArchRule featurePackagesAreIndependent = noClasses().that()
            .resideInAnyPackage("eu.od4growth.gateway.edge..", "eu.od4growth.gateway.openapi..")
            .should().dependOnClassesThat().resideInAPackage("eu.od4growth.gateway.routing..")
            .because("the edge rules and the API document work on any route; they share only the configuration");

    @ArchTest
    static final ArchRule noCycles = slices().matching("eu.od4growth.gateway.(**)").should().beFreeOfCycles();
}
