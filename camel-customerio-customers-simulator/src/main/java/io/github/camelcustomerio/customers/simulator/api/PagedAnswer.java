package io.github.camelcustomerio.customers.simulator.api;

import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.simulator.json.Json;
import io.github.camelcustomerio.customers.simulator.paging.Page;

/**
 * The answer of a paged operation: fields first, then the page's items as one or more arrays, then {@code next},
 * the cursor of the following page ({@code ""} on the last one).
 */
final class PagedAnswer<T> {

    private final Page<T> page;
    private final ObjectNode answer;

    private PagedAnswer(Page<T> page, ObjectNode answer) {
        this.page = page;
        this.answer = answer;
    }

    static <T> PagedAnswer<T> of(Page<T> page) {
        return new PagedAnswer<>(page, Json.object());
    }

    /** An answer that starts with the fields {@code head} already holds. */
    static <T> PagedAnswer<T> of(Page<T> page, ObjectNode head) {
        return new PagedAnswer<>(page, head);
    }

    /** Adds the items, each rendered, as the array {@code field}. */
    PagedAnswer<T> items(String field, Function<T, JsonNode> render) {
        ArrayNode array = answer.putArray(field);
        page.items().forEach(item -> array.add(render.apply(item)));
        return this;
    }

    /** The answer, completed with {@code next}. */
    ObjectNode withNext() {
        return answer.put("next", page.nextToken());
    }
}
