package eu.od4growth.gateway.edge;

import java.security.Principal;

import org.eclipse.microprofile.jwt.JsonWebToken;

import eu.od4growth.common.security.TenantRoles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Who is calling, as the rate limit and the access log name them: the token's subject (an opaque id, never a name or
 * an e-mail address) for a signed-in caller, else nothing; a subject from another identity provider than the suite's
 * own is prefixed with that provider's tenant name ({@code partner:…}), because two providers may issue the same
 * subject to different people. The client address comes from the request itself, which
 * Quarkus rewrites from {@code X-Forwarded-For} only for the proxies listed in
 * {@code quarkus.http.proxy.trusted-proxies}.
 */
final class Callers {

    private Callers() {
    }

    /** The subject of the validated token, or null for an anonymous caller. */
    static String subject(RoutingContext ctx) {
        if (!(ctx.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            Object tenant = identity.getAttribute(TenantRoles.TENANT_ATTRIBUTE);
            return tenant == null || TenantRoles.DEFAULT_TENANT.equals(tenant) ? token.getSubject()
                    : tenant + ":" + token.getSubject();
        }
        return null;
    }

    static String address(RoutingContext ctx) {
        var remote = ctx.request().remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }
}
