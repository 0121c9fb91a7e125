package eu.od4growth.common.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import eu.od4growth.common.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The authenticated caller as the services see it: who, in which organisation, with which roles. The organisation
 * comes from a token claim whose path is configuration ({@code od4g.security.organisation-claim}).
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

    /** The subject of the token, stored as "who" on the records a caller changes. */
    public String subject() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public Optional<String> organisation() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object value = null;
        String[] path = config.organisationClaim().split("/");
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
                .forbidden("Your account belongs to no organisation (claim '" + config.organisationClaim() + "')"));
    }

    /** Admins act for every organisation; everyone else only for their own. */
    public void requireMemberOf(String owner) {
        if (!isAdmin() && !organisation().filter(owner::equals).isPresent()) {
            throw ProblemException.forbidden("This belongs to another organisation");
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
