package io.github.camelcustomerio.customers.simulator.filter;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.simulator.model.CustomerObject;

/**
 * An object filter ({@code ObjectFilter}) as used by {@code POST /v1/objects}.
 *
 * <p>Grammar: exactly one of {@code and} / {@code or} (a non-empty array), {@code not} or
 * {@code object_attribute} ({@code {"field", "operator", "type_id", "value"}}). Items of {@code and} /
 * {@code or} are {@code object_attribute} conditions or {@code not} of one; {@code not} holds one
 * {@code object_attribute}. Groups do not nest. {@code type_id} must equal the body's {@code object_type_id}.
 */
public sealed interface ObjectFilter
        permits ObjectFilter.And, ObjectFilter.Or, ObjectFilter.Not, ObjectFilter.Attribute {

    boolean matches(CustomerObject object);

    /**
     * Parses a filter tree.
     *
     * @param pointer      the JSON pointer of {@code node} in its document, used in error messages
     * @param objectTypeId the body's {@code object_type_id}, which every {@code type_id} must equal
     */
    static ObjectFilter parse(JsonNode node, String pointer, String objectTypeId) {
        return FilterParser.objects(node, pointer, objectTypeId);
    }

    /** All conditions hold. */
    record And(List<ObjectFilter> conditions) implements ObjectFilter {
        public And {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean matches(CustomerObject object) {
            return conditions.stream().allMatch(condition -> condition.matches(object));
        }
    }

    /** At least one condition holds. */
    record Or(List<ObjectFilter> conditions) implements ObjectFilter {
        public Or {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean matches(CustomerObject object) {
            return conditions.stream().anyMatch(condition -> condition.matches(object));
        }
    }

    /** The condition does not hold. */
    record Not(ObjectFilter condition) implements ObjectFilter {
        @Override
        public boolean matches(CustomerObject object) {
            return !condition.matches(object);
        }
    }

    /** An object attribute comparison; values are compared as text, so {@code 250} equals {@code "250"}. */
    record Attribute(String field, FilterOperator operator, String typeId, String value) implements ObjectFilter {
        public Attribute {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
        }

        @Override
        public boolean matches(CustomerObject object) {
            return operator.test(object.attributes().get(field), value);
        }
    }
}
