package io.github.camelcustomerio.customers.client;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON tree of plain Java values (Maps with text keys, Lists, text, booleans, ints, longs, doubles, null and
 * trees), built directly: the tree {@code ObjectMapper.valueToTree} gives, without writing the value into a token
 * buffer and reading it back, which was almost half the cost of building a search's request. Anything else (POJOs,
 * other numbers, other keys) is left to Jackson.
 */
final class PlainTrees {

    /** Deeper than this, Jackson converts the value, whatever it holds (a Map that contains itself, say). */
    private static final int MAX_DEPTH = 100;

    private PlainTrees() {}

    /** The tree of the value, or null when it holds anything but plain values. */
    static JsonNode of(Object value, JsonNodeFactory nodes) {
        return of(value, nodes, 0);
    }

    private static JsonNode of(Object value, JsonNodeFactory nodes, int depth) {
        if (value == null) {
            return nodes.nullNode();
        } else if (value instanceof String text) {
            return nodes.textNode(text);
        } else if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        } else if (value instanceof Integer number) {
            return nodes.numberNode(number.intValue());
        } else if (value instanceof Long number) {
            return nodes.numberNode(number.longValue());
        } else if (value instanceof Double number) {
            return nodes.numberNode(number.doubleValue());
        } else if (value instanceof JsonNode node) {
            return node.deepCopy();
        } else if (depth >= MAX_DEPTH) {
            return null;
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                JsonNode member = entry.getKey() instanceof String name ? of(entry.getValue(), nodes, depth + 1) : null;
                if (member == null) {
                    return null;
                }
                object.set((String) entry.getKey(), member);
            }
            return object;
        } else if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode(list.size());
            for (Object item : list) {
                JsonNode element = of(item, nodes, depth + 1);
                if (element == null) {
                    return null;
                }
                array.add(element);
            }
            return array;
        }
        return null;
    }
}
