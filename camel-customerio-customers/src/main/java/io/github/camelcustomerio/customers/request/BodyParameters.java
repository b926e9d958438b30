package io.github.camelcustomerio.customers.request;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.api.ApiParameter;
import io.github.camelcustomerio.customers.api.Binding;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.CustomerIoParameterException;
import io.github.camelcustomerio.customers.api.Location;
import io.github.camelcustomerio.customers.client.Json;

/**
 * Reads the body parameters of one call from a message body. The body may be the value of the call's object or
 * array parameter itself (the filter, the segment object, the list of ids) or the whole request
 * ({@code {"filter":{...}}}, {@code {"object_type_id":"1","filter":{...}}}); either as a Map, List, POJO, array or
 * JSON text, bytes or stream.
 */
public final class BodyParameters {

    private final Map<ApiParameter, JsonNode> values;

    private BodyParameters(Map<ApiParameter, JsonNode> values) {
        this.values = values;
    }

    /** The body's value for a parameter, if the body carries one. */
    public Optional<JsonNode> value(ApiParameter parameter) {
        return Optional.ofNullable(values.get(parameter));
    }

    public static BodyParameters read(CustomerIoOperation operation, Object body) {
        Map<ApiParameter, JsonNode> values = new EnumMap<>(ApiParameter.class);
        ApiParameter main = null;
        for (Binding binding : operation.bindings()) {
            if (binding.location() == Location.BODY
                    && binding.parameter().type().isStructured()) {
                main = binding.parameter();
                break;
            }
        }
        if (main == null || ValueConverter.isAbsent(body)) {
            return new BodyParameters(values);
        }
        JsonNode node = toTree(operation, main, body);
        if (node.isObject() && node.has(main.apiName())) {
            for (Binding binding : operation.bindings()) {
                if (binding.location() == Location.BODY
                        && node.has(binding.parameter().apiName())) {
                    values.put(binding.parameter(), node.get(binding.parameter().apiName()));
                }
            }
        } else {
            values.put(main, node);
        }
        return new BodyParameters(values);
    }

    private static JsonNode toTree(CustomerIoOperation operation, ApiParameter parameter, Object body) {
        try {
            return Json.tree(body);
        } catch (IOException | IllegalArgumentException e) {
            throw CustomerIoParameterException.invalid(
                    operation,
                    parameter,
                    "was looked for in the message body, which is not valid JSON: " + Json.problem(e));
        }
    }
}
