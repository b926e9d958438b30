package io.github.camelcustomerio.customers;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.CamelContext;

/**
 * Resolves the property placeholders of a Pipe that reach an endpoint through a Kamelet still percent-encoded. A Pipe's
 * properties become the query of a {@code kamelet:} URI, encoded ({@code {{customerio.api-key}}} becomes
 * {@code %7B%7Bcustomerio.api-key%7D%7D}, after Camel has looked for placeholders), and the Kamelet component takes its
 * URI as written, so the value arrives here with one layer of encoding too many and its placeholder unresolved: the
 * key would be sent as {@code Bearer %7B%7Bcustomerio.api-key%7D%7D}. A value holding an encoded {@code {{} is
 * decoded once more and its placeholders resolved, as they would have been had the Pipe not encoded them.
 */
final class PipePlaceholders {

    private static final String ENCODED_START = "%7B%7B";

    private PipePlaceholders() {}

    /** Replaces, in place, each text value that holds an encoded placeholder by its resolved value. */
    static void resolve(CamelContext context, Map<String, Object> parameters) {
        parameters.replaceAll((name, value) -> value instanceof String text && holdsEncodedPlaceholder(text)
                ? context.resolvePropertyPlaceholders(URLDecoder.decode(text, StandardCharsets.UTF_8))
                : value);
    }

    private static boolean holdsEncodedPlaceholder(String text) {
        return text.toUpperCase(Locale.ROOT).contains(ENCODED_START);
    }
}
