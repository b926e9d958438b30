package io.github.camelcustomerio.customers.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.api.ApiParameter;
import io.github.camelcustomerio.customers.api.Binding;
import io.github.camelcustomerio.customers.api.Constraint;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.CustomerIoParameterException;
import io.github.camelcustomerio.customers.client.ApiRequest;
import io.github.camelcustomerio.customers.client.Json;
import io.github.camelcustomerio.customers.client.PercentEncoding;

/**
 * The one mechanism that turns an operation and the values a route supplies into a validated {@link ApiRequest}.
 * Every check runs before anything is sent: a missing or malformed parameter fails here, naming the parameter, its
 * URI option and its header.
 */
public final class RequestFactory {

    private RequestFactory() {}

    public static ApiRequest create(CustomerIoOperation operation, ParameterSource source) {
        String path = operation.pathTemplate();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        ObjectNode body = null;
        for (Binding binding : operation.bindings()) {
            ApiParameter parameter = binding.parameter();
            Object raw = source.value(parameter);
            if (ValueConverter.isAbsent(raw)) {
                if (binding.isRequired()) {
                    throw CustomerIoParameterException.missing(operation, parameter);
                }
                continue;
            }
            Object value = convert(operation, binding, raw);
            switch (binding.location()) {
                case PATH ->
                    path = path.replace("{" + parameter.apiName() + "}", PercentEncoding.pathSegment(value.toString()));
                case QUERY -> query.put(parameter.apiName(), value.toString());
                case HEADER -> headers.put(parameter.apiName(), value.toString());
                case BODY -> {
                    if (body == null) {
                        body = Json.mapper().createObjectNode();
                    }
                    body.set(parameter.apiName(), toJson(binding, value));
                }
            }
        }
        return new ApiRequest(operation, path, query, headers, body);
    }

    /**
     * Converts one value the way every value of the call is converted, wherever it comes from (header, URI option,
     * body), and checks the binding's constraints: the canonical value, or a {@link CustomerIoParameterException}
     * naming the parameter.
     */
    public static Object convert(CustomerIoOperation operation, Binding binding, Object raw) {
        Object value;
        try {
            value = ValueConverter.convert(raw, binding.parameter().type());
        } catch (IllegalArgumentException e) {
            throw CustomerIoParameterException.invalid(operation, binding.parameter(), e.getMessage());
        }
        for (Constraint constraint : binding.constraints()) {
            String violation = constraint.violation(value);
            if (violation != null) {
                throw CustomerIoParameterException.invalid(operation, binding.parameter(), violation);
            }
        }
        return value;
    }

    private static JsonNode toJson(Binding binding, Object value) {
        if (binding.isTextInBody() || value instanceof String) {
            return Json.mapper().getNodeFactory().textNode(value.toString());
        }
        if (value instanceof List<?> || value instanceof Number) {
            return Json.mapper().valueToTree(value);
        }
        return (JsonNode) value;
    }
}
