package eu.od4growth.common.security;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The roles of another provider translated into the suite's, per provider, once. */
class TenantRolesTest {

    private final TenantRoles roles = new TenantRoles(Settings.of("organisation")
            .tenant("partner", "org/id", List.of("/od4g/coordinator=coordinator", "/od4g/publisher=publisher",
                    "/od4g/admins=admin", "/od4g/admins=coordinator", "a=b=respondent"))
            .tenant("entra", null, null));

    @Test
    void aProvidersGroupsBecomeTheSuitesRolesAndNothingElseCounts() {
        SecurityIdentity mapped = roles.translate(identity("partner", "/od4g/coordinator", "admin", "offline_access"));

        assertThat(mapped.getRoles()).containsExactly("coordinator");
        assertThat(mapped.getPrincipal().getName()).isEqualTo("someone");
        assertThat((String) mapped.getAttribute(TenantRoles.TENANT_ATTRIBUTE)).isEqualTo("partner");
        assertThat(roles.translate(identity("partner", "/od4g/admins")).getRoles())
                .containsExactlyInAnyOrder("admin", "coordinator");
        assertThat(roles.translate(identity("partner", "a=b")).getRoles()).containsExactly("respondent");
    }

    @Test
    void providersWithoutAMappingKeepTheirRoles() {
        SecurityIdentity suite = identity("Default", "coordinator", "/od4g/publisher");
        assertThat(roles.translate(suite)).isSameAs(suite);
        SecurityIdentity entra = identity("entra", "publisher");
        assertThat(roles.translate(entra)).isSameAs(entra);
        SecurityIdentity untagged = identity(null, "publisher");
        assertThat(roles.translate(untagged)).isSameAs(untagged);
    }

    @Test
    void anIdentityIsTranslatedOnlyOnce() {
        SecurityIdentity once = roles.translate(identity("partner", "/od4g/publisher"));
        SecurityIdentity twice = roles.translate(once);

        assertThat(twice).isSameAs(once);
        assertThat(twice.getRoles()).containsExactly("publisher");
    }

    @Test
    void aMalformedPairStopsTheApplication() {
        assertThatThrownBy(() -> new TenantRoles(Settings.of("organisation").tenant("x", null, List.of("coordinator"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("od4g.security.tenants.x.role-mapping: 'coordinator'");
        assertThatThrownBy(() -> new TenantRoles(Settings.of("organisation").tenant("x", null, List.of("=admin"))))
                .isInstanceOf(IllegalStateException.class);
    }

    private static SecurityIdentity identity(String tenant, String... roleNames) {
        Principal principal = () -> "someone";
        var builder = QuarkusSecurityIdentity.builder().setPrincipal(principal).addRoles(Set.of(roleNames));
        if (tenant != null) {
            builder.addAttribute(TenantRoles.TENANT_ATTRIBUTE, tenant);
        }
        return builder.build();
    }
}
