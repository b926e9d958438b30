package io.github.camelcustomerio.customers.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;

/**
 * One validated App API request, ready to send: the operation, its encoded path, its query parameters (raw values,
 * encoded when sent), extra HTTP headers and the JSON body (null for none).
 */
public record ApiRequest(
        CustomerIoOperation operation,
        String encodedPath,
        Map<String, String> query,
        Map<String, String> headers,
        JsonNode body) {

    public ApiRequest {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public String method() {
        return operation.method();
    }

    /** The same request with one query parameter set (or removed, for a null value): how the next page is asked. */
    public ApiRequest withQuery(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(query);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new ApiRequest(operation, encodedPath, changed, headers, body);
    }

    /** The same request with another JSON body: how a batch of a long id list is sent. */
    public ApiRequest withBody(JsonNode newBody) {
        return new ApiRequest(operation, encodedPath, query, headers, newBody);
    }

    public Optional<String> queryValue(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /** Path and query string, percent-encoded, e.g. {@code /v1/customers?email=ana%40acme.test}. */
    public String pathAndQuery() {
        if (query.isEmpty()) {
            return encodedPath;
        }
        StringBuilder pathAndQuery = new StringBuilder(encodedPath);
        char separator = '?';
        for (Map.Entry<String, String> pair : query.entrySet()) {
            pathAndQuery
                    .append(separator)
                    .append(PercentEncoding.queryComponent(pair.getKey()))
                    .append('=')
                    .append(PercentEncoding.queryComponent(pair.getValue()));
            separator = '&';
        }
        return pathAndQuery.toString();
    }

    @Override
    public String toString() {
        return method() + " " + pathAndQuery() + " (" + operation.name() + ")";
    }
}
