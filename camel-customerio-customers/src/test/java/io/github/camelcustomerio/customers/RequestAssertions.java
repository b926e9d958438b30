package io.github.camelcustomerio.customers;

import java.util.Arrays;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on what exactly reached the HTTP double. */
final class RequestAssertions {

    private RequestAssertions() {}

    /**
     * The raw (still percent-encoded) path must be identical; the query must hold exactly the same raw
     * {@code name=value} pairs, in any order (the service does not depend on their order).
     */
    static void assertUrl(LoggedRequest request, String expected) {
        String actual = request.getUrl();
        assertThat(pathOf(actual)).as("path of %s", actual).isEqualTo(pathOf(expected));
        assertThat(queryPairs(actual))
                .as("query of %s", actual)
                .containsExactlyInAnyOrderElementsOf(queryPairs(expected));
    }

    private static String pathOf(String url) {
        int question = url.indexOf('?');
        return question < 0 ? url : url.substring(0, question);
    }

    private static List<String> queryPairs(String url) {
        int question = url.indexOf('?');
        return question < 0
                ? List.of()
                : Arrays.asList(url.substring(question + 1).split("&"));
    }
}
