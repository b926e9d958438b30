package io.github.camelcustomerio.customers.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcustomerio.customers.api.Binding;
import io.github.camelcustomerio.customers.client.ApiRequest;

/**
 * Splits a request whose list parameter is longer than the service takes into consecutive requests, and joins
 * their answers back into one, in the order the values were given.
 */
public final class Batches {

    private Batches() {}

    /** The requests to send: the request itself when nothing needs splitting. */
    public static List<ApiRequest> split(ApiRequest request) {
        Optional<Binding> batched = batchedBinding(request);
        if (batched.isEmpty()) {
            return List.of(request);
        }
        String field = batched.get().parameter().apiName();
        ArrayNode values = (ArrayNode) request.body().get(field);
        int size = batched.get().batchSize();
        if (values.size() <= size) {
            return List.of(request);
        }
        List<ApiRequest> requests = new ArrayList<>();
        for (int from = 0; from < values.size(); from += size) {
            ArrayNode slice = values.arrayNode();
            for (int i = from; i < Math.min(from + size, values.size()); i++) {
                slice.add(values.get(i));
            }
            ObjectNode body = ((ObjectNode) request.body()).deepCopy();
            body.set(field, slice);
            requests.add(request.withBody(body));
        }
        return requests;
    }

    /** One answer from the answers of the batches: the first, with the batched list of every answer joined. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> merge(ApiRequest request, List<Map<String, Object>> answers) {
        if (answers.size() == 1) {
            return answers.get(0);
        }
        String field = batchedBinding(request).orElseThrow().batchedAnswerField();
        Map<String, Object> merged = new LinkedHashMap<>(answers.get(0));
        List<Object> joined = new ArrayList<>();
        for (Map<String, Object> answer : answers) {
            Object part = answer.get(field);
            if (part instanceof List<?> list) {
                joined.addAll((List<Object>) list);
            }
        }
        merged.put(field, joined);
        return merged;
    }

    private static Optional<Binding> batchedBinding(ApiRequest request) {
        JsonNode body = request.body();
        if (body != null) {
            for (Binding binding : request.operation().bindings()) {
                if (binding.batchSize() > 0
                        && body.path(binding.parameter().apiName()).isArray()) {
                    return Optional.of(binding);
                }
            }
        }
        return Optional.empty();
    }
}
