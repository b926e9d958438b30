package io.github.camelcustomerio.customers.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

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

    @Test
    void cursorsRoundTripAndRejectForgeries() {
        Cursor cursor = new Cursor(1_718_001_234L, 17);
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(Cursor.at(18).encode()).isEqualTo("MTg6MA==");
        assertThatThrownBy(() -> Cursor.decode("YWJj")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cursor.decode("!!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesLookOneItemAhead() {
        Page<Long> full = Cursor.page(List.of(1L, 2L, 3L).iterator(), 3, Cursor::at);
        assertThat(full.next()).isNull();
        assertThat(full.nextToken()).isEmpty();

        Page<Long> partial = Cursor.page(List.of(1L, 2L, 3L).iterator(), 2, Cursor::at);
        assertThat(partial.items()).containsExactly(1L, 2L);
        assertThat(partial.next()).isEqualTo(Cursor.at(2));
    }

    @Test
    void uriDecodingKeepsPlusSignsInPaths() {
        assertThat(UriDecoding.pathSegments("/v1/customers/%2B14155552671/attributes"))
                .containsExactly("v1", "customers", "+14155552671", "attributes");
        assertThat(UriDecoding.pathSegments("/v1/customers/a%2Fb+c/x")).containsExactly("v1", "customers", "a/b+c", "x");
        assertThat(UriDecoding.decodePathSegment("caf%C3%A9")).isEqualTo("café");
        assertThat(UriDecoding.query("email=a%2Bb%40x.test&x=1+2&x=3")).containsEntry("email", "a+b@x.test")
                .containsEntry("x", "1 2");
        assertThatThrownBy(() -> UriDecoding.decodePathSegment("%G1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void languagePreferenceFallsBack() {
        java.util.Set<String> available = java.util.Set.of("en", "fr", "pt-br");
        assertThat(LanguagePreference.choose(null, "pt-BR,pt;q=0.9", available, "en")).isEqualTo("pt-br");
        assertThat(LanguagePreference.choose(null, "de, fr-CH;q=0.5", available, "en")).isEqualTo("fr");
        assertThat(LanguagePreference.choose(null, "*", available, "en")).isEqualTo("en");
        assertThat(LanguagePreference.choose("FR", "en", available, "en")).isEqualTo("fr");
        assertThat(LanguagePreference.choose(null, null, available, "en")).isEqualTo("en");
    }
}
