package eu.od4growth.common.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link SecurityConfig} built in a test: a default organisation claim and providers added one by one. */
record Settings(String organisationClaim, Map<String, SecurityConfig.Tenant> tenants) implements SecurityConfig {

    static Settings of(String organisationClaim) {
        return new Settings(organisationClaim, new HashMap<>());
    }

    /** Adds a provider; {@code organisationClaim} may be null, {@code roleMapping} holds external=role pairs. */
    Settings tenant(String name, String organisationClaim, List<String> roleMapping) {
        tenants.put(name, new SecurityConfig.Tenant() {
            @Override
            public Optional<String> organisationClaim() {
                return Optional.ofNullable(organisationClaim);
            }

            @Override
            public Optional<List<String>> roleMapping() {
                return Optional.ofNullable(roleMapping);
            }
        });
        return this;
    }
}
