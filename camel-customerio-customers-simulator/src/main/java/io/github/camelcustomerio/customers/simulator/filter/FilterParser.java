package io.github.camelcustomerio.customers.simulator.filter;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads people and object filters from JSON, telling the grammar's overlapping branches apart by which key
 * is present rather than by strict schema validation.
 */
final class FilterParser {

    private static final int MAX_DEPTH = 32;
    private static final String PEOPLE_KEYS = "and, or, not, segment or attribute";
    private static final String OBJECT_KEYS = "and, or, not or object_attribute";

    private FilterParser() {}

    static PeopleFilter people(JsonNode node, String pointer) {
        return people(node, pointer, 0);
    }

    private static PeopleFilter people(JsonNode node, String pointer, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidFilterException(pointer, "filter nests more than " + MAX_DEPTH + " levels");
        }
        Map.Entry<String, JsonNode> condition = singleKey(node, pointer, PEOPLE_KEYS);
        String at = pointer + "/" + condition.getKey();
        JsonNode value = condition.getValue();
        return switch (condition.getKey()) {
            case "and" -> new PeopleFilter.And(peopleList(value, at, depth));
            case "or" -> new PeopleFilter.Or(peopleList(value, at, depth));
            case "not" -> new PeopleFilter.Not(people(value, at, depth + 1));
            case "segment" -> new PeopleFilter.InSegment(segmentId(value, at));
            case "attribute" -> personAttribute(value, at);
            default -> throw unknownKey(at, condition.getKey(), PEOPLE_KEYS);
        };
    }

    private static List<PeopleFilter> peopleList(JsonNode list, String pointer, int depth) {
        requireNonEmptyArray(list, pointer);
        List<PeopleFilter> conditions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            conditions.add(people(list.get(i), pointer + "/" + i, depth + 1));
        }
        return conditions;
    }

    private static int segmentId(JsonNode reference, String pointer) {
        requireObject(reference, pointer, "segment");
        JsonNode id = reference.get("id");
        if (id != null && id.isIntegralNumber() && id.canConvertToInt()) {
            return id.intValue();
        }
        if (id != null && id.isTextual() && id.asText().matches("-?\\d{1,9}")) {
            return Integer.parseInt(id.asText());
        }
        throw new InvalidFilterException(pointer + "/id", "segment id is required and must be an integer");
    }

    private static PeopleFilter personAttribute(JsonNode condition, String pointer) {
        requireObject(condition, pointer, "attribute");
        String field = requiredText(condition, "field", pointer);
        FilterOperator operator = operator(condition, pointer);
        return new PeopleFilter.Attribute(field, operator, comparedValue(condition, operator, pointer));
    }

    static ObjectFilter objects(JsonNode node, String pointer, String objectTypeId) {
        Map.Entry<String, JsonNode> condition = singleKey(node, pointer, OBJECT_KEYS);
        String at = pointer + "/" + condition.getKey();
        JsonNode value = condition.getValue();
        return switch (condition.getKey()) {
            case "and" -> new ObjectFilter.And(objectList(value, at, objectTypeId));
            case "or" -> new ObjectFilter.Or(objectList(value, at, objectTypeId));
            case "not" -> objectNot(value, at, objectTypeId);
            case "object_attribute" -> objectAttribute(value, at, objectTypeId);
            default -> throw unknownKey(at, condition.getKey(), OBJECT_KEYS);
        };
    }

    private static List<ObjectFilter> objectList(JsonNode list, String pointer, String objectTypeId) {
        requireNonEmptyArray(list, pointer);
        List<ObjectFilter> conditions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String itemPointer = pointer + "/" + i;
            Map.Entry<String, JsonNode> item = singleKey(list.get(i), itemPointer, "not or object_attribute");
            String at = itemPointer + "/" + item.getKey();
            conditions.add(
                    switch (item.getKey()) {
                        case "object_attribute" -> objectAttribute(item.getValue(), at, objectTypeId);
                        case "not" -> objectNot(item.getValue(), at, objectTypeId);
                        case "and", "or" ->
                            throw new InvalidFilterException(at, "object filter groups cannot be nested");
                        default -> throw unknownKey(at, item.getKey(), "not or object_attribute");
                    });
        }
        return conditions;
    }

    private static ObjectFilter objectNot(JsonNode node, String pointer, String objectTypeId) {
        Map.Entry<String, JsonNode> negated = singleKey(node, pointer, "object_attribute");
        String at = pointer + "/" + negated.getKey();
        return switch (negated.getKey()) {
            case "object_attribute" -> new ObjectFilter.Not(objectAttribute(negated.getValue(), at, objectTypeId));
            case "and", "or", "not" ->
                throw new InvalidFilterException(at, "not in an object filter holds one object_attribute");
            default -> throw unknownKey(at, negated.getKey(), "object_attribute");
        };
    }

    private static ObjectFilter objectAttribute(JsonNode condition, String pointer, String objectTypeId) {
        requireObject(condition, pointer, "object_attribute");
        String field = requiredText(condition, "field", pointer);
        FilterOperator operator = operator(condition, pointer);
        JsonNode typeId = condition.get("type_id");
        if (typeId == null
                || !(typeId.isTextual() || typeId.isIntegralNumber())
                || typeId.asText().isEmpty()) {
            throw new InvalidFilterException(pointer + "/type_id", "type_id is required");
        }
        if (!typeId.asText().equals(objectTypeId)) {
            throw new InvalidFilterException(
                    pointer + "/type_id",
                    "type_id " + typeId.asText() + " does not match object_type_id " + objectTypeId);
        }
        return new ObjectFilter.Attribute(
                field, operator, typeId.asText(), comparedValue(condition, operator, pointer));
    }

    private static Map.Entry<String, JsonNode> singleKey(JsonNode node, String pointer, String expectedKeys) {
        if (node == null || !node.isObject()) {
            throw new InvalidFilterException(pointer, "filter must be a JSON object holding one of " + expectedKeys);
        }
        if (node.size() != 1) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            throw new InvalidFilterException(
                    pointer,
                    "filter must hold exactly one of " + expectedKeys + ", found "
                            + (keys.isEmpty() ? "none" : String.join(", ", keys)));
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        return fields.next();
    }

    private static void requireNonEmptyArray(JsonNode list, String pointer) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new InvalidFilterException(pointer, "must be a non-empty array of conditions");
        }
    }

    private static void requireObject(JsonNode node, String pointer, String what) {
        if (node == null || !node.isObject()) {
            throw new InvalidFilterException(pointer, what + " must be a JSON object");
        }
    }

    private static String requiredText(JsonNode condition, String name, String pointer) {
        JsonNode value = condition.get(name);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new InvalidFilterException(
                    pointer + "/" + name, name + " is required and must be a non-empty string");
        }
        return value.asText();
    }

    private static FilterOperator operator(JsonNode condition, String pointer) {
        String name = requiredText(condition, "operator", pointer);
        return FilterOperator.fromWireName(name)
                .orElseThrow(() -> new InvalidFilterException(
                        pointer + "/operator", "unknown operator '" + name + "'; expected eq or exists"));
    }

    private static String comparedValue(JsonNode condition, FilterOperator operator, String pointer) {
        JsonNode value = condition.get("value");
        if (operator == FilterOperator.EXISTS) {
            return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
        }
        if (value == null || value.isNull()) {
            throw new InvalidFilterException(pointer + "/value", "value is required when operator is eq");
        }
        if (!value.isValueNode()) {
            throw new InvalidFilterException(pointer + "/value", "value must be a string");
        }
        return value.asText();
    }

    private static InvalidFilterException unknownKey(String pointer, String key, String expectedKeys) {
        return new InvalidFilterException(pointer, "unknown filter key '" + key + "'; expected " + expectedKeys);
    }
}
