package eu.od4growth.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering every service keeps, checked by each service's {@code ArchitectureTest}. Each rule must match classes:
 * ArchUnit fails a rule that applies to nothing, so a renamed package cannot silently switch a rule off.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Features (the packages under the service's root) may use each other, but never in a cycle. */
    @ArchTest
    public static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices().matching("eu.od4growth.(*).(*)..")
            .namingSlices("$2 of $1").should().beFreeOfCycles();

    /** Resources translate HTTP; queries belong to repositories reached through services. */
    @ArchTest
    public static final ArchRule RESOURCES_DO_NOT_USE_REPOSITORIES = noClasses().that()
            .haveSimpleNameEndingWith("Resource").should().dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .because("resources translate HTTP to calls of services; only services use repositories");

    /** Entities hold domain rules and know nothing of HTTP. */
    @ArchTest
    public static final ArchRule ENTITIES_DO_NOT_KNOW_HTTP = noClasses().that()
            .areAnnotatedWith("jakarta.persistence.Entity").should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx..")
            .because("the domain must not depend on the HTTP layer");

    /** Entities never leave the service: resources answer with records, never with entities, even wrapped. */
    @ArchTest
    public static final ArchRule RESOURCES_RETURN_NO_ENTITIES = methods().that().areDeclaredInClassesThat()
            .haveSimpleNameEndingWith("Resource").and().arePublic()
            .should(new ArchCondition<JavaMethod>("not return an entity, alone or inside a generic type") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    if (mentionsEntity(method.getReturnType())) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns " + method.getReturnType().getName()));
                    }
                }
            })
            .because("entities never leave the service");

    /** Whether {@code type} is an entity or has one among its type arguments or array components, at any depth. */
    static boolean mentionsEntity(JavaType type) {
        if (type instanceof JavaParameterizedType parameterized) {
            return mentionsEntity(parameterized.toErasure())
                    || parameterized.getActualTypeArguments().stream().anyMatch(ArchitectureRules::mentionsEntity);
        }
        if (type instanceof JavaWildcardType wildcard) {
            return wildcard.getUpperBounds().stream().anyMatch(ArchitectureRules::mentionsEntity);
        }
        JavaClass raw = type.toErasure();
        if (raw.isArray()) {
            return mentionsEntity(raw.getBaseComponentType());
        }
        return raw.isAnnotatedWith("jakarta.persistence.Entity");
    }
}
