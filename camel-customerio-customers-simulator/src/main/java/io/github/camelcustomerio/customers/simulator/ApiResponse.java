package io.github.camelcustomerio.customers.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.simulator.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer ready to be written: status, content type, body bytes and extra headers.
 *
 * @param contentType {@code null} for answers without body
 */
record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final String JSON = "application/json; charset=utf-8";

    ApiResponse {
        headers = Map.copyOf(headers);
    }

    static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, JSON, Json.bytes(body), Map.of());
    }

    static ApiResponse ok(JsonNode body) {
        return json(200, body);
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, null, new byte[0], Map.of());
    }

    static ApiResponse error(ApiException error) {
        return new ApiResponse(error.status(), JSON, Json.bytes(WireFormat.errorList(error.errors())), error.headers());
    }

    static ApiResponse text(int status, String contentType, String body) {
        return new ApiResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, contentType, body, copy);
    }
}
