package io.github.camelcustomerio.customers.paging;

import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.camelcustomerio.customers.api.CustomerIoInvalidResponseException;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.Pagination;
import io.github.camelcustomerio.customers.client.ApiResponse;
import io.github.camelcustomerio.customers.client.Json;
import io.github.camelcustomerio.customers.client.ResponseReader;

/**
 * Reads a page with a {@link JsonScanner}: the whole answer is checked to be valid JSON, but only the {@code next}
 * cursor and where each item lies in the bytes are kept ({@link PageItems}); no item is built here, and everything
 * else (such as the {@code ids} list that repeats the identifiers) is passed over. An answer a walk cannot use as a
 * page (no list of items, or two, an item that is not an object, a {@code next} that is not a cursor) fails as an
 * unreadable answer, before any of its items is handed.
 */
final class PageReader {

    /** How deeply the top object's members are nested, and the items of its list. */
    private static final int MEMBER_DEPTH = 1;

    private static final int ITEM_DEPTH = 2;

    /** The limits of the parser that builds the items. */
    private static final StreamReadConstraints LIMITS =
            Json.mapper().getFactory().streamReadConstraints();

    private PageReader() {}

    /**
     * The page of the answer. Its items read the answer's body, which must stay as it is while they are used;
     * {@code released} is the page read before into the same buffer, whose arrays of item positions this one takes
     * over (null for none).
     */
    static Page read(
            CustomerIoOperation operation, ApiResponse response, Pagination paging, String cursor, PageItems released) {
        Function<String, CustomerIoInvalidResponseException> unusable =
                problem -> ResponseReader.invalid(operation, response, problem);
        String list = "'" + paging.itemsField() + "'";
        return ResponseReader.read(operation, response, body -> {
            JsonScanner scanner = new JsonScanner(body.bytes(), body.length(), LIMITS);
            if (!scanner.consumeIf('{')) {
                throw MismatchedInputException.from(null, Map.class, "not an object");
            }
            PageItems items = new PageItems(body, released);
            String next = null;
            boolean itemsRead = false;
            if (!scanner.consumeIf('}')) {
                do {
                    String field = scanner.name();
                    int value = scanner.peek();
                    if (field.equals(paging.itemsField())) {
                        if (value != '[') {
                            throw unusable.apply(list + " is not a list");
                        }
                        if (itemsRead) {
                            // which would be the page? Handing either would be a guess, both a page never sent
                            throw unusable.apply("two " + list + " lists");
                        }
                        itemsRead = true;
                        items.arrayStartsAt(scanner.position());
                        scanner.consume('[');
                        if (!scanner.consumeIf(']')) {
                            do {
                                if (scanner.peek() != '{') {
                                    // null included: a walk tells items apart, and keeps its place, by their fields
                                    throw unusable.apply("an item of " + list + " is not a JSON object");
                                }
                                int start = scanner.position();
                                items.add(start, scanner.skipValue(ITEM_DEPTH));
                            } while (scanner.consumeIf(','));
                            scanner.consume(']');
                        }
                    } else if (field.equals(Pagination.NEXT_FIELD)) {
                        if (value == '{' || value == '[') {
                            throw unusable.apply("'next' is not a cursor");
                        }
                        int start = scanner.position();
                        int end = scanner.skipValue(MEMBER_DEPTH);
                        next = value == 'n' ? null : scanner.text(start, end);
                    } else {
                        scanner.skipValue(MEMBER_DEPTH);
                    }
                } while (scanner.consumeIf(','));
                scanner.consume('}');
            }
            if (!itemsRead) {
                // read as an empty last page, it would end a walk as if there were no items: in changes mode,
                // every member would have left
                throw unusable.apply("no " + list + " list");
            }
            return new Page(cursor, items, next);
        });
    }
}
