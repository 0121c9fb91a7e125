package eu.od4growth.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the services find the caller's organisation in a token, so a region can plug in its own OIDC provider. */
@ConfigMapping(prefix = "od4g.security")
public interface SecurityConfig {

    /** Claim holding the organisation identifier; nested claims are separated by '/'. */
    @WithDefault("organisation")
    String organisationClaim();
}
