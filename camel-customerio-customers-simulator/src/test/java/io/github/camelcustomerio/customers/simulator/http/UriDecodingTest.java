package io.github.camelcustomerio.customers.simulator.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UriDecodingTest {

    @Test
    void uriDecodingKeepsPlusSignsInPaths() {
        assertThat(UriDecoding.pathSegments("/v1/customers/%2B14155552671/attributes"))
                .containsExactly("v1", "customers", "+14155552671", "attributes");
        assertThat(UriDecoding.pathSegments("/v1/customers/a%2Fb+c/x"))
                .containsExactly("v1", "customers", "a/b+c", "x");
        assertThat(UriDecoding.decodePathSegment("caf%C3%A9")).isEqualTo("café");
        assertThat(UriDecoding.query("email=a%2Bb%40x.test&x=1+2&x=3"))
                .containsEntry("email", "a+b@x.test")
                .containsEntry("x", "1 2");
        assertThatThrownBy(() -> UriDecoding.decodePathSegment("%G1")).isInstanceOf(IllegalArgumentException.class);
    }
}
