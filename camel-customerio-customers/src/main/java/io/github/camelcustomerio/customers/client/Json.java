package io.github.camelcustomerio.customers.client;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
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

    /**
     * A value a route hands over, as a JSON tree: a tree as it is, text, bytes and streams parsed, anything else (a
     * Map, a List, a POJO, a number) converted.
     *
     * @throws IOException              when text, bytes or a stream are not valid JSON
     * @throws IllegalArgumentException when an object cannot be converted
     */
    public static JsonNode tree(Object value) throws IOException {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof CharSequence text) {
            return MAPPER.readTree(text.toString());
        }
        if (value instanceof byte[] bytes) {
            return MAPPER.readTree(bytes);
        }
        if (value instanceof InputStream stream) {
            return MAPPER.readTree(stream);
        }
        return MAPPER.valueToTree(value);
    }

    /** The first line of what Jackson (or anything else) says went wrong, without its source excerpt. */
    public static String problem(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
