package io.github.camelcustomerio.customers.request;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.camelcustomerio.customers.api.CustomerIoParameterException;
import io.github.camelcustomerio.customers.api.ValueType;
import io.github.camelcustomerio.customers.client.Json;

/**
 * Turns a parameter value of whatever type a route has into the canonical form of its {@link ValueType}: Integer,
 * Long, String, List of String or a Jackson object node. Anything that cannot be converted is rejected with
 * {@link IllegalArgumentException} whose message ends the sentence "&lt;parameter&gt; ..." ("must be an integer;
 * got 'abc'").
 */
public final class ValueConverter {

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final int QUOTED_LENGTH = CustomerIoParameterException.QUOTED_LENGTH;

    private ValueConverter() {}

    public static Object convert(Object raw, ValueType type) {
        return switch (type) {
            case INT32 -> toInt32(raw);
            case INT64 -> toInt64(raw);
            case TEXT -> toText(raw);
            case ID_LIST -> toIdList(raw);
            case JSON_OBJECT -> toJsonObject(raw);
        };
    }

    /** Whether a value counts as not given: null, or blank text. */
    public static boolean isAbsent(Object raw) {
        return raw == null
                || raw instanceof CharSequence text && text.toString().isBlank()
                || raw instanceof JsonNode node && (node.isNull() || node.isMissingNode());
    }

    private static Integer toInt32(Object raw) {
        long value = toInt64(raw);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("must be a 32-bit integer; got " + value);
        }
        return (int) value;
    }

    private static Long toInt64(Object raw) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof JsonNode node) {
            if (node.isIntegralNumber() && node.canConvertToLong()) {
                return node.longValue();
            }
            if (node.isTextual()) {
                return toInt64(node.textValue());
            }
            throw notAn("an integer", node.toString());
        }
        try {
            if (raw instanceof BigInteger
                    || raw instanceof BigDecimal
                    || raw instanceof Double
                    || raw instanceof Float) {
                return new BigDecimal(raw.toString()).longValueExact();
            }
            if (raw instanceof CharSequence text) {
                return parseInteger(text.toString().trim());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw notAn("an integer", raw);
        }
        throw notAn("an integer", raw);
    }

    /**
     * Text that is an integer and nothing else: ASCII decimal digits with an optional sign. No unit ("1m"),
     * fraction, exponent, hexadecimal, spaces or digits of other scripts, each of which some parser would read as a
     * different number.
     */
    public static long parseInteger(String text) {
        if (!INTEGER.matcher(text).matches()) {
            throw notAn("an integer", text);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "must be a 64-bit integer; got " + CustomerIoParameterException.quoted(text));
        }
    }

    private static String toText(Object raw) {
        if (raw instanceof CharSequence
                || raw instanceof Number
                || raw instanceof Boolean
                || raw instanceof Character
                || raw instanceof Enum<?>
                || raw instanceof UUID) {
            return raw.toString().trim();
        }
        if (raw instanceof JsonNode node && node.isValueNode()) {
            return node.asText().trim();
        }
        throw new IllegalArgumentException("must be text; got a " + typeName(raw));
    }

    private static List<String> toIdList(Object raw) {
        List<?> entries;
        if (raw instanceof Collection<?> collection) {
            entries = new ArrayList<>(collection);
        } else if (raw instanceof Object[] array) {
            entries = Arrays.asList(array);
        } else if (raw instanceof ArrayNode array) {
            entries = toList(array);
        } else if (raw instanceof CharSequence text && text.toString().trim().startsWith("[")) {
            JsonNode node = parseArray(text.toString());
            if (!node.isArray()) {
                throw notAn("a list of ids", text);
            }
            entries = toList((ArrayNode) node);
        } else if (raw instanceof CharSequence text) {
            entries = Arrays.asList(text.toString().split(",", -1));
        } else {
            throw new IllegalArgumentException(
                    "must be a list of ids (List, array or comma-separated text); got a " + typeName(raw));
        }
        List<String> ids = new ArrayList<>(entries.size());
        for (Object entry : entries) {
            if (isAbsent(entry)) {
                throw new IllegalArgumentException("must not contain empty ids; got " + shortened(entries));
            }
            ids.add(toText(entry));
        }
        return ids;
    }

    private static List<JsonNode> toList(ArrayNode array) {
        List<JsonNode> list = new ArrayList<>(array.size());
        array.forEach(list::add);
        return list;
    }

    private static JsonNode toJsonObject(Object raw) {
        JsonNode node;
        try {
            node = Json.tree(raw);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("must be a JSON object; got invalid JSON: " + Json.problem(e));
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("must be a JSON object; got "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        return node;
    }

    private static JsonNode parseArray(String text) {
        try {
            return Json.tree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("must be a list of ids; got invalid JSON: " + Json.problem(e));
        }
    }

    private static IllegalArgumentException notAn(String expected, Object raw) {
        return new IllegalArgumentException(
                "must be " + expected + "; got " + CustomerIoParameterException.quoted(raw));
    }

    /** A value for an error message, cut as {@link #CustomerIoParameterException.quoted(Object)} cuts it, without the quotes. */
    private static String shortened(Object raw) {
        String text = String.valueOf(raw);
        return text.length() <= QUOTED_LENGTH
                ? text
                : text.substring(0, QUOTED_LENGTH) + "... (" + text.length() + " characters)";
    }

    private static String typeName(Object raw) {
        return raw instanceof JsonNode node
                ? "JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT)
                : raw.getClass().getName();
    }
}
