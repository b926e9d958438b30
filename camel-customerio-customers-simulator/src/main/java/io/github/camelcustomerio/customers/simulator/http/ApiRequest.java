package io.github.camelcustomerio.customers.simulator.http;

import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.simulator.json.Json;
import io.github.camelcustomerio.customers.simulator.paging.Cursor;
import io.github.camelcustomerio.customers.simulator.paging.PageLimits;

/** A routed request: the operation, its path parameters, and validated access to query and body. */
public final class ApiRequest {

    private final Operation operation;
    private final Map<String, String> pathParameters;
    private final IncomingRequest incoming;

    public ApiRequest(Operation operation, Map<String, String> pathParameters, IncomingRequest incoming) {
        this.operation = operation;
        this.pathParameters = pathParameters;
        this.incoming = incoming;
    }

    public Operation operation() {
        return operation;
    }

    public String pathParameter(String name) {
        return pathParameters.get(name);
    }

    /** An integer path parameter such as {@code segment_id}; anything else answers 400. */
    public int intPathParameter(String name) {
        String value = pathParameters.get(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter(name, name + " must be an integer, not '" + value + "'");
        }
    }

    /** A query parameter, or {@code null} when absent. */
    public String query(String name) {
        return incoming.query().get(name);
    }

    public String header(String name) {
        return incoming.header(name);
    }

    /** An optional integer query parameter such as {@code start_ts}. */
    public OptionalLong longQuery(String name) {
        String value = query(name);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter(name, name + " must be an integer unix timestamp, not '" + value + "'");
        }
    }

    /** The page size: the operation's default when absent; 400 unless an integer from 1 to the maximum. */
    public int limit() {
        PageLimits limits = operation.pageLimits();
        String value = query("limit");
        if (value == null) {
            return limits.defaultLimit();
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= limits.maximum()) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range value
        }
        throw ApiException.invalidParameter(
                "limit", "limit must be an integer from 1 to " + limits.maximum() + ", not '" + value + "'");
    }

    /** Where the page starts: {@code null} for the first page (no or empty {@code start}); 400 if not a cursor. */
    public Cursor start() {
        String value = query("start");
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Cursor.decode(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("start", "start is not a cursor returned as next by this operation");
        }
    }

    /** The request body as a JSON object; 400 when missing, malformed or not an object. */
    public JsonNode jsonBody() {
        if (incoming.body().length == 0) {
            throw ApiException.invalidJson("the request body must be a JSON object");
        }
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(incoming.body());
        } catch (JsonProcessingException e) {
            throw ApiException.invalidJson("malformed JSON body: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.invalidJson("unreadable JSON body");
        }
        if (body == null || !body.isObject()) {
            throw ApiException.invalidJson("the request body must be a JSON object");
        }
        return body;
    }
}
