package eu.od4growth.common.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import eu.od4growth.common.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The authenticated caller as the services see it: who, in which organisation, with which roles. The organisation
 * comes from a token claim whose path is configuration, per OIDC provider
 * ({@code od4g.security.tenants.<tenant>.organisation-claim}, else {@code od4g.security.organisation-claim}); the roles
 * are quarkus-oidc's, translated by {@link TenantRoles} for a provider that names them differently.
 */
@RequestScoped
public class Caller {

    public static final String ADMIN = "admin";
    public static final String COORDINATOR = "coordinator";
    public static final String PUBLISHER = "publisher";
    public static final String RESPONDENT = "respondent";
    public static final String PARTICIPANT = "participant";

    private final SecurityIdentity identity;
    private final SecurityConfig config;

    Caller(SecurityIdentity identity, SecurityConfig config) {
        this.identity = identity;
        this.config = config;
    }

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * The subject of the token, stored as "who" on the records a caller changes. A caller of another identity provider
     * than the suite's own is prefixed with that provider's tenant name ({@code partner:jdupont}): two providers may
     * give the same name to two people, who must never share registrations or answers.
     */
    public String subject() {
        if (identity.isAnonymous()) {
            return null;
        }
        Object tenant = identity.getAttribute(TenantRoles.TENANT_ATTRIBUTE);
        String name = identity.getPrincipal().getName();
        return tenant == null || TenantRoles.DEFAULT_TENANT.equals(tenant) ? name : tenant + ":" + name;
    }

    public Optional<String> organisation() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object value = null;
        String[] path = organisationClaim().split("/");
        for (int i = 0; i < path.length; i++) {
            value = i == 0 ? token.getClaim(path[i]) : value instanceof java.util.Map<?, ?> map ? map.get(path[i]) : null;
        }
        if (value instanceof jakarta.json.JsonString string) {
            value = string.getString();
        }
        return value instanceof String organisation && !organisation.isBlank() ? Optional.of(organisation)
                : Optional.empty();
    }

    /** The caller's organisation; a caller without one may not create organisation-owned records. */
    public String requireOrganisation() {
        return organisation().orElseThrow(() -> ProblemException
                .forbidden("Your account belongs to no organisation (claim '" + organisationClaim() + "')"));
    }

    /** Where the organisation is in the tokens of the provider that verified the caller's. */
    private String organisationClaim() {
        Object tenant = identity.getAttribute(TenantRoles.TENANT_ATTRIBUTE);
        return config.organisationClaim(tenant == null ? null : tenant.toString());
    }

    /** Admins act for every organisation; everyone else only for their own. */
    public void requireMemberOf(String owner) {
        if (!isAdmin() && !organisation().filter(owner::equals).isPresent()) {
            throw ProblemException.forbidden("This belongs to another organisation");
        }
    }

    /** A person's own data (GDPR export, erasure): the person themselves or an admin; everyone else gets 403. */
    public void requireSelfOrAdmin(String subject) {
        if (!isAdmin() && !subject.equals(subject())) {
            throw ProblemException.forbidden("Only the person themselves or an administrator reads or erases a"
                    + " person's data");
        }
    }

    /** Whether the caller manages the non-public records of {@code owner}: as admin, or holding {@code role} there. */
    public boolean manages(String owner, String role) {
        return isAdmin() || (hasRole(role) && organisation().filter(owner::equals).isPresent());
    }

    /**
     * Which non-public records the caller sees when managing them takes {@code role}: every organisation's for
     * admins, their own organisation's for holders of the role, otherwise none.
     */
    public Visibility visibility(String role) {
        if (isAdmin()) {
            return Visibility.everything();
        }
        Optional<String> own = hasRole(role) ? organisation() : Optional.empty();
        return own.map(Visibility::publicAnd).orElseGet(Visibility::publicOnly);
    }
}
