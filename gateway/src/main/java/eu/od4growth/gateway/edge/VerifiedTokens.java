package eu.od4growth.gateway.edge;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import eu.od4growth.common.security.TenantRoles;
import eu.od4growth.gateway.GatewayConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The tokens the gateway has already verified, so that a partner portal sending the same bearer token on every call
 * pays for its signature check once: an authentication mechanism tried before quarkus-oidc's answers from this
 * cache, and an augmentor stores what quarkus-oidc verified. An entry is trusted until the token's own expiry or
 * {@code od4g.gateway.token-cache.max-age}, whichever comes first; the cache holds at most
 * {@code max-entries} tokens (expired ones are dropped first, then everything when it is still full). A token that
 * failed verification is never stored, so a bad token is checked (and refused) every time. The key is the whole token
 * (header, claims and signature), so tokens of several identity providers never share an entry, even for the same
 * subject; an entry keeps the provider that verified it and the roles as translated by common's {@link TenantRoles}
 * (which runs before this augmentor). Counted in
 * {@code od4g_gateway_token_checks_total{result="cached"|"verified"}}.
 */
@Singleton
class VerifiedTokens implements HttpAuthenticationMechanism, SecurityIdentityAugmentor {

    /** Marks an identity served from the cache, so the augmentor does not store it again. */
    private static final String FROM_CACHE = VerifiedTokens.class.getName();
    private static final String BEARER = "Bearer ";
    private static final List<String> KEPT_ATTRIBUTES = List.of(TenantRoles.TENANT_ATTRIBUTE,
            TenantRoles.MAPPED_ATTRIBUTE);

    private record Entry(SecurityIdentity identity, long trustedUntilMillis) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final long maxAgeMillis;
    private final Clock clock;
    private final Counter cached;
    private final Counter verified;

    @Inject
    VerifiedTokens(GatewayConfig config, MeterRegistry metrics) {
        this(config.tokenCache().maxEntries(), config.tokenCache().maxAge().toMillis(), Clock.systemUTC(), metrics);
    }

    VerifiedTokens(int maxEntries, long maxAgeMillis, Clock clock, MeterRegistry metrics) {
        this.maxEntries = maxEntries;
        this.maxAgeMillis = maxAgeMillis;
        this.clock = clock;
        String name = "od4g.gateway.token.checks";
        String help = "Bearer tokens accepted at the gateway: from the cache of verified tokens, or verified now";
        this.cached = Counter.builder(name).description(help).tag("result", "cached").register(metrics);
        this.verified = Counter.builder(name).description(help).tag("result", "verified").register(metrics);
    }

    /** Before quarkus-oidc's bearer mechanism: a hit answers at once, a miss (null) lets quarkus-oidc verify. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().item(lookup(context.request().getHeader(HttpHeaders.AUTHORIZATION)));
    }

    /** The identity of a bearer token verified earlier and still trusted, or null. */
    SecurityIdentity lookup(String authorization) {
        if (maxEntries <= 0 || authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (clock.millis() >= entry.trustedUntilMillis()) {
            entries.remove(token, entry);
            return null;
        }
        cached.increment();
        return entry.identity();
    }

    /** The challenge of a refused token is quarkus-oidc's ({@code WWW-Authenticate: Bearer}). */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** After quarkus-oidc verified a token: keep the identity (principal, roles, credentials) until it expires. */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        remember(identity);
        return Uni.createFrom().item(identity);
    }

    void remember(SecurityIdentity identity) {
        if (identity.isAnonymous() || identity.getAttribute(FROM_CACHE) != null) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        verified.increment();
        long now = clock.millis();
        long until = Math.min(jwt.getExpirationTime() * 1000, now + maxAgeMillis);
        if (maxEntries <= 0 || until <= now) {
            return;
        }
        makeRoom(now);
        // A copy without the request-bound attributes quarkus-oidc adds (such as the routing context), but with the
        // provider (tenant) that verified the token and the mark that its roles are already the suite's.
        var kept = QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials()).addAttribute(FROM_CACHE, Boolean.TRUE);
        for (String attribute : KEPT_ATTRIBUTES) {
            Object value = identity.getAttribute(attribute);
            if (value != null) {
                kept.addAttribute(attribute, value);
            }
        }
        entries.put(credential.getToken(), new Entry(kept.build(), until));
    }

    /** Bounded: expired entries go first; if the cache is still full, it starts again empty. */
    private void makeRoom(long now) {
        if (entries.size() < maxEntries) {
            return;
        }
        entries.values().removeIf(entry -> entry.trustedUntilMillis() <= now);
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
    }

    int size() {
        return entries.size();
    }
}
