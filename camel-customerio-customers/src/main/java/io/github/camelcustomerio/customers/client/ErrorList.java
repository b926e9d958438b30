package io.github.camelcustomerio.customers.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.api.CustomerIoApiError;
import io.github.camelcustomerio.customers.api.CustomerIoApiException;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;

/**
 * Reads an error answer. The service's error envelope {@code {"errors":[{"status","detail","code","source":{"pointer"},"meta"}]}}.
 * Also understands the {@code {"meta":{"error":"..."}}} shape other Customer.io APIs use, in case a proxy or a
 * misrouted call answers with it. Anything else, or an answer longer than {@value #MAX_PARSED_BYTES} bytes, yields an
 * empty list: the raw body is kept by the caller.
 */
final class ErrorList {

    private static final TypeReference<Map<String, Object>> META = new TypeReference<>() {};

    /**
     * The longest error answer read for its errors: the service's are a few hundred bytes. A longer one (up to
     * maxResponseSize) would be a tree of millions of nodes, and a message as long, for what is only quoted.
     */
    static final int MAX_PARSED_BYTES = 64 * 1024;

    /** The most errors kept from one answer. */
    static final int MAX_ERRORS = 20;

    private ErrorList() {}

    /** The exception an error answer becomes: status, operation, the service's errors and its raw body. */
    static CustomerIoApiException exception(CustomerIoOperation operation, int attempts, ApiResponse response) {
        return new CustomerIoApiException(
                operation,
                attempts,
                response.status(),
                response.reasonPhrase(),
                parse(response),
                response.body().text(),
                response.retryAfterSeconds());
    }

    static List<CustomerIoApiError> parse(ApiResponse response) {
        if (response.body().isEmpty() || response.body().length() > MAX_PARSED_BYTES) {
            return List.of();
        }
        JsonNode root;
        try {
            root = Json.mapper()
                    .readTree(response.body().bytes(), 0, response.body().length());
        } catch (IOException e) {
            return List.of();
        }
        if (root == null || !root.isObject()) {
            return List.of();
        }
        List<CustomerIoApiError> errors = new ArrayList<>();
        JsonNode list = root.get("errors");
        if (list != null && list.isArray()) {
            for (JsonNode item : list) {
                if (errors.size() == MAX_ERRORS) {
                    break;
                }
                errors.add(new CustomerIoApiError(
                        Json.text(item.get("status")),
                        Json.text(item.get("code")),
                        Json.text(item.get("detail")),
                        Json.text(item.path("source").get("pointer")),
                        meta(item.get("meta"))));
            }
        } else if (root.path("meta").has("error")) {
            errors.add(new CustomerIoApiError(
                    String.valueOf(response.status()),
                    null,
                    Json.text(root.path("meta").get("error")),
                    null,
                    Map.of()));
        }
        return errors;
    }

    private static Map<String, Object> meta(JsonNode node) {
        return node == null || !node.isObject() ? Map.of() : Json.mapper().convertValue(node, META);
    }
}
