package io.github.camelcustomerio.customers.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.CustomerIoApiError;

/**
 * Reads the service's error envelope {@code {"errors":[{"status","detail","code","source":{"pointer"},"meta"}]}}.
 * Also understands the {@code {"meta":{"error":"..."}}} shape other Customer.io APIs use, in case a proxy or a
 * misrouted call answers with it. Anything else yields an empty list: the raw body is kept by the caller.
 */
final class ErrorList {

    private static final TypeReference<Map<String, Object>> META = new TypeReference<>() {
    };

    private ErrorList() {
    }

    static List<CustomerIoApiError> parse(ApiResponse response) {
        if (response.body().length == 0) {
            return List.of();
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(response.body());
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
                errors.add(new CustomerIoApiError(text(item.get("status")), text(item.get("code")),
                        text(item.get("detail")), text(item.path("source").get("pointer")), meta(item.get("meta"))));
            }
        } else if (root.path("meta").has("error")) {
            errors.add(new CustomerIoApiError(String.valueOf(response.status()), null,
                    text(root.path("meta").get("error")), null, Map.of()));
        }
        return errors;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Map<String, Object> meta(JsonNode node) {
        return node == null || !node.isObject() ? Map.of() : Json.mapper().convertValue(node, META);
    }
}
