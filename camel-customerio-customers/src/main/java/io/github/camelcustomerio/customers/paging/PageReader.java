package io.github.camelcustomerio.customers.paging;

import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.Pagination;
import io.github.camelcustomerio.customers.client.ApiResponse;
import io.github.camelcustomerio.customers.client.Json;
import io.github.camelcustomerio.customers.client.ResponseReader;

/**
 * Reads a page with Jackson's streaming parser: the whole answer is checked to be valid JSON, but only the
 * {@code next} cursor and where each item lies in the bytes are kept ({@link PageItems}); no item is built here, and
 * everything else (such as the {@code ids} list that repeats the identifiers) is skipped.
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
                    if (field.equals(paging.itemsField()) && value == JsonToken.START_ARRAY) {
                        if (itemsRead) {
                            // which would be the page? Handing either would be a guess, both a page the service never
                            // sent
                            throw new JsonParseException(parser, "Duplicate field '" + field + "'");
                        }
                        itemsRead = true;
                        items.arrayStartsAt((int) parser.currentTokenLocation().getByteOffset());
                        JsonToken item;
                        while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                            if (item != JsonToken.START_OBJECT) {
                                // null included: a walk tells items apart, and keeps its place, by their fields
                                throw MismatchedInputException.from(parser, Map.class, "an item is not an object");
                            }
                            int start = (int) parser.currentTokenLocation().getByteOffset();
                            parser.skipChildren();
                            items.add(start, (int) parser.currentLocation().getByteOffset());
                        }
                    } else if (field.equals(Pagination.NEXT_FIELD) && value.isScalarValue()) {
                        next = value == JsonToken.VALUE_NULL ? null : parser.getText();
                    } else {
                        parser.skipChildren();
                    }
                }
                if (parser.currentToken() != JsonToken.END_OBJECT) {
                    throw MismatchedInputException.from(parser, Map.class, "unterminated object");
                }
                return new Page(cursor, items, next);
            }
        });
    }
}
