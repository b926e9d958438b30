package io.github.camelcustomerio.customers.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.Pagination;
import io.github.camelcustomerio.customers.client.ApiResponse;
import io.github.camelcustomerio.customers.client.Json;
import io.github.camelcustomerio.customers.client.ResponseReader;

/**
 * Reads a page with Jackson's streaming parser: only the items and the {@code next} cursor are kept, everything
 * else (such as the {@code ids} list that repeats the identifiers) is skipped without being built.
 */
final class PageReader {

    /** Reads one item; made once, since resolving the item type for every item cost a quarter of the parsing. */
    private static final ObjectReader ITEM = Json.mapper().readerFor(new TypeReference<Map<String, Object>>() {});

    private PageReader() {}

    static Page read(CustomerIoOperation operation, ApiResponse response, Pagination paging, String cursor) {
        return ResponseReader.read(operation, response, body -> {
            try (JsonParser parser = Json.mapper().createParser(body)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw MismatchedInputException.from(parser, Map.class, "not an object");
                }
                List<Map<String, Object>> items = new ArrayList<>();
                String next = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals(paging.itemsField()) && value == JsonToken.START_ARRAY) {
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            items.add(ITEM.readValue(parser));
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
