package io.github.camelcustomerio.customers.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.simulator.json.Json;

/**
 * An answer ready to be written: status, content type, body bytes and extra headers.
 *
 * @param contentType {@code null} for answers without body
 */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static final String JSON = "application/json; charset=utf-8";

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, JSON, Json.bytes(body), Map.of());
    }

    public static ApiResponse ok(JsonNode body) {
        return json(200, body);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null, new byte[0], Map.of());
    }

    public static ApiResponse error(ApiException error) {
        return new ApiResponse(error.status(), JSON, Json.bytes(errorList(error.errors())), error.headers());
    }

    public static ApiResponse text(int status, String contentType, String body) {
        return new ApiResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, contentType, body, copy);
    }

    /** The App API's {@code ErrorList}: {@code {"errors":[...]}}. */
    private static ObjectNode errorList(List<ApiError> errors) {
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("errors");
        for (ApiError error : errors) {
            ObjectNode item = items.addObject();
            // Field order follows the specification's examples: slim errors read detail first, coded ones status first.
            if (error.code() == null) {
                item.put("detail", error.detail()).put("status", error.status());
            } else {
                item.put("status", error.status()).put("detail", error.detail()).put("code", error.code());
            }
            if (error.pointer() != null) {
                item.putObject("source").put("pointer", error.pointer());
            } else if (error.parameter() != null) {
                item.putObject("source").put("parameter", error.parameter());
            }
        }
        return body;
    }
}
