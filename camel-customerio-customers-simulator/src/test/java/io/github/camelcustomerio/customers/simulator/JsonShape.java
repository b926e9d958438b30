package io.github.camelcustomerio.customers.simulator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts the fields of a JSON object and their JSON types, for example {@code integer("id").string("name")}. */
final class JsonShape {

    private final JsonNode node;
    private final String where;
    private final Set<String> declared = new LinkedHashSet<>();

    private JsonShape(JsonNode node, String where) {
        assertThat(node).as(where + " is a JSON object").isNotNull();
        assertThat(node.isObject()).as(where + " is a JSON object: " + node).isTrue();
        this.node = node;
        this.where = where;
    }

    static JsonShape of(JsonNode node, String where) {
        return new JsonShape(node, where);
    }

    JsonShape string(String... names) {
        return check(names, "a string", JsonNode::isTextual);
    }

    JsonShape stringOrNull(String... names) {
        return check(names, "a string or null", value -> value.isTextual() || value.isNull());
    }

    JsonShape integer(String... names) {
        return check(names, "an integer", JsonNode::isIntegralNumber);
    }

    JsonShape integerOrNull(String... names) {
        return check(names, "an integer or null", value -> value.isIntegralNumber() || value.isNull());
    }

    JsonShape bool(String... names) {
        return check(names, "a boolean", JsonNode::isBoolean);
    }

    JsonShape object(String... names) {
        return check(names, "an object", JsonNode::isObject);
    }

    JsonShape array(String... names) {
        return check(names, "an array", JsonNode::isArray);
    }

    JsonShape arrayOrNull(String... names) {
        return check(names, "an array or null", value -> value.isArray() || value.isNull());
    }

    JsonShape isNull(String... names) {
        return check(names, "null", JsonNode::isNull);
    }

    /** Fails when the object has fields that were not declared. */
    void andNothingElse() {
        List<String> actual = new ArrayList<>();
        node.fieldNames().forEachRemaining(actual::add);
        assertThat(actual).as("fields of " + where + ": " + node).containsExactlyInAnyOrderElementsOf(declared);
    }

    private JsonShape check(String[] names, String expected, Predicate<JsonNode> test) {
        for (String name : names) {
            declared.add(name);
            JsonNode value = node.get(name);
            assertThat(value).as(where + "." + name + " is present in " + node).isNotNull();
            assertThat(test.test(value))
                    .as(where + "." + name + " is " + expected + " but is " + value)
                    .isTrue();
        }
        return this;
    }
}
