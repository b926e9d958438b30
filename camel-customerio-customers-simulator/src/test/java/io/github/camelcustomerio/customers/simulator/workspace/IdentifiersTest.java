package io.github.camelcustomerio.customers.simulator.workspace;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTest {

    @Test
    void mixingIsReversible() {
        for (long value : new long[] {0, 1, -1, 42, Long.MAX_VALUE, Long.MIN_VALUE, 123_456_789_012L}) {
            assertThat(Identifiers.unmix64(Identifiers.mix64(value))).isEqualTo(value);
        }
    }

    @Test
    void generatedIdsLookLikeTheApis() {
        assertThat(Identifiers.activityId(1_718_001_234L, 7)).matches("[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(Identifiers.messageId(1_718_002_000L, 7)).hasSize(28).endsWith("=");
        assertThat(Identifiers.messageDeduplicateId("dgOeBgEAAYw2xN8yAAGQ9lQzW3k=", 1_718_002_000L))
                .isEqualTo("dgOeBgEAAYw2xN8y:1718002000");
    }
}
