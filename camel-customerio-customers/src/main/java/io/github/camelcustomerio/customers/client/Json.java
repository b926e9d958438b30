package io.github.camelcustomerio.customers.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson mapper the component uses: thread-safe once configured, and costly to create. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            // new answer fields may appear without notice; the service asks clients to ignore them
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
