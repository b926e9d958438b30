package io.github.camelcustomerio.customers.simulator;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One page of a listing.
 *
 * @param items the items, in order
 * @param next  where the next page starts, or {@code null} on the last page
 */
record Page<T>(List<T> items, Cursor next) {

    <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }

    /** Adds the items, each rendered, as the array {@code field} of an answer; answers the answer. */
    ObjectNode addItems(ObjectNode answer, String field, Function<T, JsonNode> render) {
        ArrayNode array = answer.putArray(field);
        items.forEach(item -> array.add(render.apply(item)));
        return answer;
    }

    /** Completes an answer with {@code next}: the cursor of the following page, {@code ""} on the last one. */
    ObjectNode withNext(ObjectNode answer) {
        return answer.put("next", nextToken());
    }

    /** The wire form of {@link #next()}: the encoded cursor, or {@code ""} on the last page. */
    String nextToken() {
        return next == null ? "" : next.encode();
    }
}
