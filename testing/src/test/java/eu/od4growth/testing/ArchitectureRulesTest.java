package eu.od4growth.testing;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared architecture rules really fail on code that breaks them (fixtures in eu.od4growth.broken). */
class ArchitectureRulesTest {

    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages("eu.od4growth.broken");

    @Test
    void aCycleBetweenFeaturesFails() {
        assertThatThrownBy(() -> ArchitectureRules.FEATURES_ARE_FREE_OF_CYCLES.check(BROKEN))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected");
    }

    @Test
    void aResourceUsingARepositoryFails() {
        assertThatThrownBy(() -> ArchitectureRules.RESOURCES_DO_NOT_USE_REPOSITORIES.check(BROKEN))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ThingRepository");
    }

    @Test
    void anEntityKnowingHttpFails() {
        assertThatThrownBy(() -> ArchitectureRules.ENTITIES_DO_NOT_KNOW_HTTP.check(BROKEN))
                .isInstanceOf(AssertionError.class).hasMessageContaining("jakarta.ws.rs.core.Response");
    }

    @Test
    void aResourceReturningAnEntityFails() {
        assertThatThrownBy(() -> ArchitectureRules.RESOURCES_RETURN_NO_ENTITIES.check(BROKEN))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ThingResource.get()")
                .hasMessageContaining("ThingResource.list()").hasMessageNotContaining("ThingResource.names()");
    }

    @Test
    void aRuleThatMatchesNothingFails() {
        JavaClasses nothing = new ClassFileImporter().importPackages("eu.od4growth.nowhere");
        assertThatThrownBy(() -> ArchitectureRules.RESOURCES_DO_NOT_USE_REPOSITORIES.check(nothing))
                .isInstanceOf(AssertionError.class);
    }
}
