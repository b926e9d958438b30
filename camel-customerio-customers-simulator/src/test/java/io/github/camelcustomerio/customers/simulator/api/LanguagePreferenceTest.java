package io.github.camelcustomerio.customers.simulator.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagePreferenceTest {

    @Test
    void languagePreferenceFallsBack() {
        java.util.Set<String> available = java.util.Set.of("en", "fr", "pt-br");
        assertThat(LanguagePreference.choose(null, "pt-BR,pt;q=0.9", available, "en"))
                .isEqualTo("pt-br");
        assertThat(LanguagePreference.choose(null, "de, fr-CH;q=0.5", available, "en"))
                .isEqualTo("fr");
        assertThat(LanguagePreference.choose(null, "*", available, "en")).isEqualTo("en");
        assertThat(LanguagePreference.choose("FR", "en", available, "en")).isEqualTo("fr");
        assertThat(LanguagePreference.choose(null, null, available, "en")).isEqualTo("en");
    }
}
