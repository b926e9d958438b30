package io.github.camelcustomerio.customers.paging;

import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.camelcustomerio.customers.api.CustomerIoInvalidResponseException;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.Pagination;
import io.github.camelcustomerio.customers.client.ApiResponse;
import io.github.camelcustomerio.customers.client.Json;
import io.github.camelcustomerio.customers.client.ResponseReader;

/**
 * Reads a page with Jackson's streaming parser: the whole answer is checked to be valid JSON, but only the
 * {@code next} cursor and where each item lies in the bytes are kept ({@link PageItems}); no item is built here, and
 * everything else (such as the {@code ids} list that repeats the identifiers) is skipped. An answer a walk cannot use
 * as a page (no list of items, or two, an item that is not an object, a {@code next} that is not a cursor) fails as an
 * unreadable answer, before any of its items is handed.
 */
final class PageReader {

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
            try (JsonParser parser = Json.mapper().createParser(body.bytes(), 0, body.length())) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw MismatchedInputException.from(parser, Map.class, "not an object");
                }
                PageItems items = new PageItems(body, released);
                String next = null;
                boolean itemsRead = false;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals(paging.itemsField())) {
                        if (value != JsonToken.START_ARRAY) {
                            throw unusable.apply(list + " is not a list");
                        }
                        if (itemsRead) {
                            // which would be the page? Handing either would be a guess, both a page never sent
                            throw unusable.apply("two " + list + " lists");
                        }
                        itemsRead = true;
                        items.arrayStartsAt((int) parser.currentTokenLocation().getByteOffset());
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            if (parser.currentToken() != JsonToken.START_OBJECT) {
                                // null included: a walk tells items apart, and keeps its place, by their fields
                                throw unusable.apply("an item of " + list + " is not a JSON object");
                            }
                            int start = (int) parser.currentTokenLocation().getByteOffset();
                            parser.skipChildren();
                            items.add(start, (int) parser.currentLocation().getByteOffset());
                        }
                    } else if (field.equals(Pagination.NEXT_FIELD)) {
                        if (!value.isScalarValue()) {
                            throw unusable.apply("'next' is not a cursor");
                        }
                        next = value == JsonToken.VALUE_NULL ? null : parser.getText();
                    } else {
                        parser.skipChildren();
                    }
                }
                if (parser.currentToken() != JsonToken.END_OBJECT) {
                    throw MismatchedInputException.from(parser, Map.class, "unterminated object");
                }
                if (!itemsRead) {
                    // read as an empty last page, it would end a walk as if there were no items: in changes mode,
                    // every member would have left
                    throw unusable.apply("no " + list + " list");
                }
                return new Page(cursor, items, next);
            }
        });
    }
}
