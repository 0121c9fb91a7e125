package eu.od4growth.gateway.edge;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache of verified tokens against a clock the test moves: expiry, maximum age, bounds, what is never kept. */
class VerifiedTokensTest {

    private static final long START = Instant.parse("2026-11-28T10:00:00Z").toEpochMilli();

    private final AtomicLong now = new AtomicLong(START);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public long millis() {
            return now.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };

    private final VerifiedTokens cache = new VerifiedTokens(3, 300_000, clock, new SimpleMeterRegistry());

    @Test
    void aVerifiedTokenIsTrustedUntilItsExpiryAndNotAMomentLonger() {
        cache.remember(verified("a", 60));

        now.addAndGet(59_999);
        assertThat(cache.lookup("Bearer a")).isNotNull();
        assertThat(cache.lookup("bearer a").getPrincipal().getName()).isEqualTo("user-a");

        now.addAndGet(1);
        assertThat(cache.lookup("Bearer a")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aLongLivedTokenIsCheckedAgainAfterTheMaximumAge() {
        cache.remember(verified("long", 3600));

        now.addAndGet(299_999);
        assertThat(cache.lookup("Bearer long")).isNotNull();
        now.addAndGet(1);
        assertThat(cache.lookup("Bearer long")).isNull();
    }

    @Test
    void theCacheNeverHoldsMoreThanItsBoundAndDropsExpiredEntriesFirst() {
        cache.remember(verified("short", 10));
        cache.remember(verified("b", 600));
        cache.remember(verified("c", 600));
        now.addAndGet(10_000);

        cache.remember(verified("d", 600)); // full: the expired "short" goes, the others stay
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.lookup("Bearer b")).isNotNull();
        assertThat(cache.lookup("Bearer d")).isNotNull();

        cache.remember(verified("e", 600)); // full of live entries: starts again empty
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.lookup("Bearer e")).isNotNull();
        assertThat(cache.lookup("Bearer b")).isNull();
    }

    @Test
    void onlyBearerTokensVerifiedByTheIdentityProviderAreKept() {
        cache.remember(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        cache.remember(verified("gone", 0));
        assertThat(cache.size()).isZero();

        assertThat(cache.lookup(null)).isNull();
        assertThat(cache.lookup("Basic YTpi")).isNull();
        assertThat(cache.lookup("Bearer ")).isNull();
        assertThat(cache.lookup("Bearer unknown")).isNull();
    }

    @Test
    void anIdentityServedFromTheCacheIsNotStoredAgain() {
        cache.remember(verified("a", 60));
        SecurityIdentity served = cache.lookup("Bearer a");
        now.addAndGet(30_000);

        cache.remember(served); // the augmentors run again on a cached identity: the original expiry stands

        now.addAndGet(30_000);
        assertThat(cache.lookup("Bearer a")).isNull();
    }

    private SecurityIdentity verified(String token, long lifetimeSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("user-" + token);
        claims.setClaim("preferred_username", "user-" + token);
        claims.setExpirationTime(NumericDate.fromMilliseconds(now.get() + lifetimeSeconds * 1000));
        AccessTokenCredential credential = new AccessTokenCredential(token);
        return QuarkusSecurityIdentity.builder().setPrincipal(new OidcJwtCallerPrincipal(claims, credential))
                .addCredential(credential).addRole("publisher").build();
    }
}
