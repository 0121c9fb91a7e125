package eu.od4growth.common.problem;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which database failures are the client's concern and which are bugs, without Quarkus. */
class ProblemMappingTest {

    private static ProblemMapping.Reply map(Throwable failure) {
        return ProblemMapping.of(new RuntimeException("wrapped", failure), 0, null);
    }

    @Test
    void aUniqueViolationIsAConflictNamingTheValueTaken() {
        var reply = map(new SQLException("ERROR: duplicate key value violates unique constraint \"x_code_key\"\n"
                + "  Detail: Key (code)=(odm-2026) already exists.", "23505"));
        assertThat(reply.problem().status()).isEqualTo(409);
        assertThat(reply.problem().detail()).isEqualTo("code 'odm-2026' is already taken");
    }

    @Test
    void anyOtherIntegrityViolationIsABugNotAConflict() {
        for (String state : new String[] { "23502", "23514", "23503" }) {
            var reply = map(new SQLException("violates a constraint", state));
            assertThat(reply.problem().status()).as(state).isEqualTo(500);
            assertThat(reply.problem().detail()).doesNotContain("constraint");
        }
    }

    @Test
    void anUnreachableDatabaseIsAServiceUnavailableTheClientMayRetry() {
        var reply = map(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(reply.problem().status()).isEqualTo(503);
        assertThat(reply.problem().type()).isEqualTo("/problems/service-unavailable");
    }

    @Test
    void aLostUpdateIsAConflict() {
        class OptimisticLockException extends RuntimeException {
        }
        assertThat(map(new OptimisticLockException()).problem().status()).isEqualTo(409);
    }

    @Test
    void anUnknownClientStatusKeepsItsStatus() {
        var reply = ProblemMapping.of(new IllegalStateException(), 410, null);
        assertThat(reply.problem().status()).isEqualTo(410);
        assertThat(reply.problem().type()).isEqualTo("/problems/gone");
        assertThat(ProblemMapping.of(new IllegalStateException(), 418, null).problem().status()).isEqualTo(418);
    }
}
