package eu.od4growth.common.security;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import eu.od4growth.common.problem.ProblemException;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Organisation and role rules of the caller, with the organisation claim at a configurable path. */
class CallerTest {

    private static Caller caller(String claimPath, Map<String, Object> claims, String... roles) {
        return caller(Settings.of(claimPath), null, claims, roles);
    }

    private static Caller caller(SecurityConfig config, String tenant, Map<String, Object> claims, String... roles) {
        JsonWebToken token = new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
        var identity = QuarkusSecurityIdentity.builder().setPrincipal(token).addRoles(Set.of(roles));
        if (tenant != null) {
            identity.addAttribute(TenantRoles.TENANT_ATTRIBUTE, tenant);
        }
        return new Caller(identity.build(), config);
    }

    @Test
    void aPersonsDataIsForThemselvesOrAnAdmin() {
        caller("organisation", Map.of()).requireSelfOrAdmin("someone");
        caller("organisation", Map.of(), Caller.ADMIN).requireSelfOrAdmin("someone-else");
        assertThatThrownBy(() -> caller("organisation", Map.of(), Caller.COORDINATOR).requireSelfOrAdmin("someone-else"))
                .isInstanceOf(ProblemException.class).hasMessageContaining("person themselves");
    }

    @Test
    void organisationComesFromTheConfiguredClaim() {
        assertThat(caller("organisation", Map.of("organisation", "veneto")).organisation()).contains("veneto");
        assertThat(caller("org", Map.of("organisation", "veneto")).organisation()).isEmpty();
    }

    @Test
    void organisationCanBeANestedClaim() {
        Caller nested = caller("od4g/organisation", Map.of("od4g", Map.of("organisation", "grand-est")));
        assertThat(nested.organisation()).contains("grand-est");
        assertThat(caller("od4g/organisation", Map.of("od4g", "flat")).organisation()).isEmpty();
    }

    @Test
    void eachProviderHasItsOwnOrganisationClaimAndTheOthersTheDefault() {
        SecurityConfig config = Settings.of("organisation").tenant("partner", "org/id", null);
        Map<String, Object> partnerClaims = Map.of("org", Map.of("id", "grand-est"), "organisation", "forged");

        assertThat(caller(config, "partner", partnerClaims).organisation()).contains("grand-est");
        assertThat(caller(config, "Default", Map.of("organisation", "veneto")).organisation()).contains("veneto");
        assertThat(caller(config, "another", Map.of("organisation", "veneto")).organisation()).contains("veneto");
        assertThat(caller(config, null, partnerClaims).organisation()).contains("forged");
        assertThatThrownBy(() -> caller(config, "partner", Map.of("organisation", "veneto")).requireOrganisation())
                .isInstanceOf(ProblemException.class).hasMessageContaining("'org/id'");
    }

    @Test
    void callersOfAnotherProviderAreNamedWithIt() {
        SecurityConfig config = Settings.of("organisation");
        assertThat(caller(config, "partner", Map.of()).subject()).isEqualTo("partner:someone");
        assertThat(caller(config, "Default", Map.of()).subject()).isEqualTo("someone");
        assertThat(caller(config, null, Map.of()).subject()).isEqualTo("someone");
    }

    @Test
    void aCallerWithoutOrganisationIsRefusedOrganisationWork() {
        Caller lonely = caller("organisation", Map.of(), Caller.COORDINATOR);
        assertThatThrownBy(lonely::requireOrganisation).isInstanceOf(ProblemException.class);
        assertThat(lonely.visibility(Caller.COORDINATOR)).isEqualTo(Visibility.publicOnly());
    }

    @Test
    void managersActForTheirOwnOrganisationOnly() {
        Caller coordinator = caller("organisation", Map.of("organisation", "veneto"), Caller.COORDINATOR);
        assertThat(coordinator.manages("veneto", Caller.COORDINATOR)).isTrue();
        assertThat(coordinator.manages("grand-est", Caller.COORDINATOR)).isFalse();
        assertThat(coordinator.manages("veneto", Caller.PUBLISHER)).isFalse();
        assertThat(coordinator.visibility(Caller.COORDINATOR)).isEqualTo(Visibility.publicAnd("veneto"));
        assertThat(coordinator.visibility(Caller.PUBLISHER)).isEqualTo(Visibility.publicOnly());
        assertThatThrownBy(() -> coordinator.requireMemberOf("grand-est")).isInstanceOf(ProblemException.class);
    }

    @Test
    void adminsActForEveryOrganisation() {
        Caller admin = caller("organisation", Map.of("organisation", "veneto"), Caller.ADMIN);
        assertThat(admin.manages("grand-est", Caller.COORDINATOR)).isTrue();
        assertThat(admin.visibility(Caller.COORDINATOR)).isEqualTo(Visibility.everything());
        admin.requireMemberOf("grand-est");
    }
}
