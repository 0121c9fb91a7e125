package eu.od4growth.common.security;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Translates the roles of another OIDC provider into the suite's: a region's groups named {@code /od4g/coordinator}
 * or {@code OD4G.Coordinator} become {@code coordinator}, by {@code od4g.security.tenants.<tenant>.role-mapping}.
 * quarkus-oidc reads the roles from the tenant's {@code roles.role-claim-path}; its own role mapping
 * ({@code quarkus.http.auth.roles-mapping}) applies to every provider at once, while a name means something only
 * within its provider. A tenant with a mapping keeps only the roles it maps, so a group that happens to be called
 * {@code admin} at a region grants nothing; a tenant without one keeps its roles as they are. Read once at startup,
 * where a malformed pair stops the application.
 */
@Singleton
@Startup
public class TenantRoles implements SecurityIdentityAugmentor {

    /** The attribute quarkus-oidc sets on an identity: the tenant (provider) that verified the token. */
    public static final String TENANT_ATTRIBUTE = "tenant-id";
    /** quarkus-oidc's name of the default tenant: the suite's own identity provider. */
    public static final String DEFAULT_TENANT = "Default";
    /** Marks an identity whose roles were translated, so a second pass (e.g. of a cached identity) changes nothing. */
    public static final String MAPPED_ATTRIBUTE = TenantRoles.class.getName() + ".mapped";

    private final Map<String, Map<String, Set<String>>> byTenant;

    TenantRoles(SecurityConfig config) {
        Map<String, Map<String, Set<String>>> mappings = new HashMap<>();
        config.tenants().forEach((tenant, settings) -> settings.roleMapping()
                .ifPresent(pairs -> mappings.put(tenant, parse(tenant, pairs))));
        this.byTenant = Map.copyOf(mappings);
    }

    /** Before the other augmentors (the gateway's cache of verified tokens stores the translated roles). */
    @Override
    public int priority() {
        return 1000;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(translate(identity));
    }

    /** The identity with its tenant's roles translated, or itself when its tenant maps nothing. */
    SecurityIdentity translate(SecurityIdentity identity) {
        if (identity.isAnonymous() || identity.getAttribute(MAPPED_ATTRIBUTE) != null) {
            return identity;
        }
        Object tenant = identity.getAttribute(TENANT_ATTRIBUTE);
        Map<String, Set<String>> mapping = tenant == null ? null : byTenant.get(tenant.toString());
        if (mapping == null) {
            return identity;
        }
        Set<String> roles = new LinkedHashSet<>();
        identity.getRoles().forEach(external -> roles.addAll(mapping.getOrDefault(external, Set.of())));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(MAPPED_ATTRIBUTE, Boolean.TRUE)
                .addPermissionChecker(identity::checkPermission)
                .addRoles(roles)
                .build();
    }

    private static Map<String, Set<String>> parse(String tenant, Iterable<String> pairs) {
        Map<String, Set<String>> mapping = new HashMap<>();
        for (String pair : pairs) {
            int equals = pair.lastIndexOf('=');
            String external = equals < 0 ? "" : pair.substring(0, equals).trim();
            String role = equals < 0 ? "" : pair.substring(equals + 1).trim();
            if (external.isEmpty() || role.isEmpty()) {
                throw new IllegalStateException("od4g.security.tenants." + tenant + ".role-mapping: '" + pair
                        + "' is not of the form external=role");
            }
            mapping.computeIfAbsent(external, key -> new LinkedHashSet<>()).add(role);
        }
        return mapping;
    }
}
