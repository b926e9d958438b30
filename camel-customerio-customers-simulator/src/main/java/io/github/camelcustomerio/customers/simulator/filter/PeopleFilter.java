package io.github.camelcustomerio.customers.simulator.filter;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.simulator.json.Json;
import io.github.camelcustomerio.customers.simulator.model.Person;

/**
 * A people filter ({@code AudienceFilter}) as used by {@code POST /v1/customers} and by dynamic segments.
 *
 * <p>Grammar: a filter is a JSON object with exactly one key. {@code and} / {@code or} hold a non-empty
 * array of filters, {@code not} holds one filter, {@code segment} holds {@code {"id": <integer>}} and
 * {@code attribute} holds {@code {"field", "operator": "eq"|"exists", "value"}} ({@code value} is needed for
 * {@code eq}). Nesting is allowed at any level. Attribute values are compared as text; the identifiers
 * {@code id}, {@code email} and {@code cio_id} are attributes too.
 */
public sealed interface PeopleFilter
        permits PeopleFilter.And, PeopleFilter.Or, PeopleFilter.Not, PeopleFilter.InSegment, PeopleFilter.Attribute {

    /** Answers whether a person belongs to a segment, so that {@code segment} conditions can be evaluated. */
    @FunctionalInterface
    interface SegmentMembership {
        boolean contains(int segmentId, Person person);
    }

    boolean matches(Person person, SegmentMembership segments);

    /** Parses a filter from JSON text such as {@code {"attribute":{"field":"plan","operator":"eq","value":"pro"}}}. */
    static PeopleFilter parse(String json) {
        try {
            return parse(Json.MAPPER.readTree(json), "/filter");
        } catch (JsonProcessingException e) {
            throw new InvalidFilterException("/filter", "filter is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Parses a filter tree.
     *
     * @param pointer the JSON pointer of {@code node} in its document, used in error messages
     * @throws InvalidFilterException when the tree does not follow the grammar
     */
    static PeopleFilter parse(JsonNode node, String pointer) {
        return FilterParser.people(node, pointer);
    }

    static PeopleFilter and(PeopleFilter... conditions) {
        return new And(List.of(conditions));
    }

    static PeopleFilter or(PeopleFilter... conditions) {
        return new Or(List.of(conditions));
    }

    static PeopleFilter not(PeopleFilter condition) {
        return new Not(condition);
    }

    static PeopleFilter inSegment(int segmentId) {
        return new InSegment(segmentId);
    }

    static PeopleFilter attributeEquals(String field, String value) {
        return new Attribute(field, FilterOperator.EQ, value);
    }

    static PeopleFilter attributeExists(String field) {
        return new Attribute(field, FilterOperator.EXISTS, null);
    }

    /** All conditions hold. */
    record And(List<PeopleFilter> conditions) implements PeopleFilter {
        public And {
            conditions = nonEmpty(conditions);
        }

        @Override
        public boolean matches(Person person, SegmentMembership segments) {
            return conditions.stream().allMatch(condition -> condition.matches(person, segments));
        }
    }

    /** At least one condition holds. */
    record Or(List<PeopleFilter> conditions) implements PeopleFilter {
        public Or {
            conditions = nonEmpty(conditions);
        }

        @Override
        public boolean matches(Person person, SegmentMembership segments) {
            return conditions.stream().anyMatch(condition -> condition.matches(person, segments));
        }
    }

    /** The condition does not hold. */
    record Not(PeopleFilter condition) implements PeopleFilter {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public boolean matches(Person person, SegmentMembership segments) {
            return !condition.matches(person, segments);
        }
    }

    /** The person is a member of the segment. */
    record InSegment(int segmentId) implements PeopleFilter {
        @Override
        public boolean matches(Person person, SegmentMembership segments) {
            return segments.contains(segmentId, person);
        }
    }

    /** An attribute comparison. */
    record Attribute(String field, FilterOperator operator, String value) implements PeopleFilter {
        public Attribute {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            if (operator == FilterOperator.EQ && value == null) {
                throw new IllegalArgumentException("operator eq needs a value");
            }
        }

        @Override
        public boolean matches(Person person, SegmentMembership segments) {
            return operator.test(person.attribute(field), value);
        }
    }

    private static List<PeopleFilter> nonEmpty(List<PeopleFilter> conditions) {
        if (conditions == null || conditions.isEmpty()) {
            throw new IllegalArgumentException("a filter group needs at least one condition");
        }
        return List.copyOf(conditions);
    }
}
