package eu.od4growth.common.web;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdTest {

    @Test
    void madeIdsAreDistinctRandomVersion4Uuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = CorrelationId.newId();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(id).hasSize(36);
            ids.add(id);
        }
        assertThat(ids).hasSize(100_000);
    }
}
