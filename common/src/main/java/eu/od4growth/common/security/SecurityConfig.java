package eu.od4growth.common.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * How the services read a caller out of a token, per OIDC provider, so a region can plug in its own provider by
 * configuration alone. A provider is a quarkus-oidc tenant ({@code quarkus.oidc.<tenant>.*}, chosen by the token's
 * issuer); its entry here, under the same name, says where its tokens carry the organisation and what its role or
 * group names mean in the suite. The default tenant (the suite's own realm) and tenants without an entry use the
 * defaults.
 */
@ConfigMapping(prefix = "od4g.security")
public interface SecurityConfig {

    /** Claim holding the organisation identifier; nested claims are separated by '/'. */
    @WithDefault("organisation")
    String organisationClaim();

    /** Per OIDC tenant, by the tenant's name in {@code quarkus.oidc.<tenant>}. */
    Map<String, Tenant> tenants();

    /** The organisation claim path of a tenant's tokens: its own if set, else the default. */
    default String organisationClaim(String tenant) {
        Tenant settings = tenant == null ? null : tenants().get(tenant);
        return settings == null ? organisationClaim() : settings.organisationClaim().orElse(organisationClaim());
    }

    interface Tenant {

        /** Claim holding the organisation in this provider's tokens (e.g. {@code org/id}); nested with '/'. */
        @WithName("organisation-claim")
        Optional<String> organisationClaim();

        /**
         * What the provider's roles or groups mean in the suite, as {@code external=role} pairs (e.g.
         * {@code /od4g/coordinator=coordinator,OD4G.Publisher=publisher}); an external name may appear in several
         * pairs. When set, it is the whole list: a role or group it does not name gives no role in the suite.
         */
        @WithName("role-mapping")
        Optional<List<String>> roleMapping();
    }
}
