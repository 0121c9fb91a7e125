package eu.od4growth.common.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the request guard refuses before any route runs: paths that lead nowhere, Accept headers that are not types. */
class RequestGuardTest {

    @Test
    void emptyAndDotSegmentsLeadNowhere() {
        assertThat(RequestGuard.leadsNowhere("/api/events//publish")).isTrue();
        assertThat(RequestGuard.leadsNowhere("/api/persons/../erase")).isTrue();
        assertThat(RequestGuard.leadsNowhere("/api/persons/%2E%2e/erase")).isTrue();
        assertThat(RequestGuard.leadsNowhere("/api/events/./x")).isTrue();
        assertThat(RequestGuard.leadsNowhere("/api/events/6f1c2a0e-0000-4000-8000-000000000000/publish")).isFalse();
        assertThat(RequestGuard.leadsNowhere("/api/datasets/feed.atom")).isFalse();
        assertThat(RequestGuard.leadsNowhere("/")).isFalse();
    }

    @Test
    void anAcceptHeaderIsReadableWhenEveryEntryIsAMediaType() {
        assertThat(RequestGuard.readable("application/json, application/problem+json, */*;q=0.1")).isTrue();
        assertThat(RequestGuard.readable("text/html")).isTrue();
        assertThat(RequestGuard.readable("garbage")).isFalse();
        assertThat(RequestGuard.readable("application/json, ;;;")).isFalse();
    }
}
