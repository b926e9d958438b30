package io.github.camelcustomerio.customers.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.MissingNode;

/** The one Jackson mapper the component uses: thread-safe once configured, and costly to create. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            // new answer fields may appear without notice; the service asks clients to ignore them
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * A JSON object as a Map, with its type and deserializer found once rather than at every read: resolving the type
     * for every item of a page cost a quarter of the parsing.
     */
    private static final ObjectReader MAP_READER = MAPPER.readerFor(new TypeReference<Map<String, Object>>() {});

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a JSON object into a Map (null for JSON null), as {@link #mapper()} configures it. */
    public static ObjectReader mapReader() {
        return MAP_READER;
    }

    /**
     * A value a route hands over, as a JSON tree: a tree as it is, text, bytes and streams parsed, anything else (a
     * Map, a List, a POJO, a number) converted. Text, bytes and streams must hold exactly one JSON value: content
     * after it (a second value, a stray bracket) and an object with the same member twice are refused, so that
     * nothing a route sends is silently dropped. Empty or blank text is a missing node.
     *
     * @throws IOException              when text, bytes or a stream are not exactly one valid JSON value
     * @throws IllegalArgumentException when an object cannot be converted
     */
    public static JsonNode tree(Object value) throws IOException {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof CharSequence text) {
            return readOne(MAPPER.createParser(text.toString()));
        }
        if (value instanceof byte[] bytes) {
            return readOne(MAPPER.createParser(bytes));
        }
        if (value instanceof InputStream stream) {
            return readOne(MAPPER.createParser(stream));
        }
        JsonNode plain = PlainTrees.of(value, MAPPER.getNodeFactory());
        return plain != null ? plain : MAPPER.valueToTree(value);
    }

    private static JsonNode readOne(JsonParser parser) throws IOException {
        try (parser) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonNode node = MAPPER.readTree(parser);
            if (node == null) {
                return MissingNode.getInstance();
            }
            if (parser.nextToken() != null) {
                String extra = parser.getText();
                throw new JsonParseException(
                        parser,
                        "Unexpected '"
                                + (extra.length() > 20 ? extra.substring(0, 20) + "..." : extra)
                                + "' after the JSON value: only one JSON value is allowed");
            }
            return node;
        }
    }

    /** A node's text, or null for a missing or JSON null node. */
    public static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** The first line of what Jackson (or anything else) says went wrong, without its source excerpt. */
    public static String problem(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return message == null
                ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }
}
