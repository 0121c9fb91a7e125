package eu.od4growth.catalog.dataset.urlcheck;

import java.net.InetAddress;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.od4growth.catalog.dataset.quality.QualityFacts.UrlState;

import static org.assertj.core.api.Assertions.assertThat;

/** One URL check against a local server, without Quarkus: 2xx, 404, timeout, redirects, SSRF refusals. */
class UrlCheckerTest {

    private static LocalSite site;
    private final UrlChecker checker = new UrlChecker(Duration.ofMillis(500), 5, true);

    @BeforeAll
    static void start() throws Exception {
        site = new LocalSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void anAnswerIsMetAndA404IsNot() {
        assertThat(checker.check(site.url("/ok"))).isEqualTo(new UrlChecker.Result(UrlState.ANSWERS, 200, "HTTP 200"));
        assertThat(checker.check(site.url("/missing"))).isEqualTo(new UrlChecker.Result(UrlState.FAILS, 404, "HTTP 404"));
        assertThat(checker.check(site.url("/head-not-allowed")).state()).isEqualTo(UrlState.ANSWERS);
    }

    @Test
    void aSlowServerTimesOut() {
        UrlChecker.Result result = checker.check(site.url("/slow"));
        assertThat(result.state()).isEqualTo(UrlState.FAILS);
        assertThat(result.detail()).isEqualTo("no answer within 500 ms");
    }

    @Test
    void redirectsAreFollowedButNotInALoop() {
        assertThat(checker.check(site.url("/moved"))).isEqualTo(new UrlChecker.Result(UrlState.ANSWERS, 200, "HTTP 200"));
        UrlChecker.Result loop = checker.check(site.url("/loop"));
        assertThat(loop.state()).isEqualTo(UrlState.FAILS);
        assertThat(loop.detail()).startsWith("redirect loop at ");
    }

    @Test
    void loopbackAndPrivateAddressesAreRefusedUnlessAllowed() throws Exception {
        UrlChecker strict = new UrlChecker(Duration.ofMillis(500), 5, false);
        assertThat(strict.check(site.url("/ok"))).isEqualTo(
                new UrlChecker.Result(UrlState.FAILS, null, "refused: 127.0.0.1 is a loopback or private address"));
        assertThat(strict.check("http://10.1.2.3/data.csv").detail()).startsWith("refused:");
        assertThat(strict.check("http://169.254.169.254/latest/meta-data").detail()).startsWith("refused:");
        assertThat(strict.check("http://[::1]/x").detail()).startsWith("refused:");
        assertThat(strict.check("file:///etc/passwd").detail()).isEqualTo("refused: only http and https URLs are checked");
        assertThat(UrlChecker.isPrivate(InetAddress.getByName("192.168.1.10"))).isTrue();
        assertThat(UrlChecker.isPrivate(InetAddress.getByName("100.64.0.1"))).isTrue();
        assertThat(UrlChecker.isPrivate(InetAddress.getByName("fd00::1"))).isTrue();
        assertThat(UrlChecker.isPrivate(InetAddress.getByName("93.184.216.34"))).isFalse();
    }
}
