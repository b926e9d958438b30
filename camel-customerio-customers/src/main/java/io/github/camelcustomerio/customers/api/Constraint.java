package io.github.camelcustomerio.customers.api;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A rule a converted parameter value must satisfy before any HTTP call is made. It answers {@code null} when the
 * value is fine, or the end of a sentence saying what is wrong ("must be one of id, email; got 'foo'").
 */
@FunctionalInterface
public interface Constraint {

    String violation(Object value);

    /** Text that must be one of the given values. */
    static Constraint oneOf(String... allowed) {
        List<String> values = List.of(allowed);
        return value -> values.contains(value)
                ? null
                : "must be one of " + String.join(", ", values) + "; got " + CustomerIoParameterException.quoted(value);
    }

    /** An integer from {@code min} up to {@code max}; {@code max <= 0} means no upper bound. */
    static Constraint between(int min, int max) {
        return value -> {
            int number = (Integer) value;
            if (number < min || (max > 0 && number > max)) {
                return max > 0
                        ? "must be between " + min + " and " + max + "; got " + number
                        : "must be at least " + min + "; got " + number;
            }
            return null;
        };
    }

    /** A list with at least one entry. */
    static Constraint notEmpty() {
        return value -> ((Collection<?>) value).isEmpty() ? "must hold at least one entry; got none" : null;
    }

    /** A JSON object whose member {@code field} is non-blank text. */
    static Constraint hasText(String field) {
        return value -> {
            JsonNode member = ((JsonNode) value).get(field);
            return member == null || !member.isTextual() || member.asText().isBlank()
                    ? "must have a non-empty \"" + field + "\""
                    : null;
        };
    }

    /**
     * A filter: a JSON object with exactly one of the documented top-level keys. Deeper structure is left to the
     * service, whose schema branches overlap and are not strictly validated by it either.
     */
    static Constraint filterWithOneOf(String... keys) {
        Set<String> allowed = Set.of(keys);
        String expected = String.join(", ", new TreeSet<>(allowed));
        return value -> {
            JsonNode filter = (JsonNode) value;
            if (filter.isObject()
                    && filter.size() == 1
                    && allowed.contains(filter.fieldNames().next())) {
                return null;
            }
            Set<String> present = new TreeSet<>();
            filter.fieldNames().forEachRemaining(present::add);
            return "must be an object with exactly one of the keys " + expected + "; got keys " + present;
        };
    }
}
