package io.github.camelcustomerio.customers.simulator.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;

/**
 * A request as read off the wire, before any routing.
 *
 * @param segments     decoded path segments, or {@code null} when the URL's percent-encoding is malformed
 * @param query        decoded query parameters (first value of each), empty when malformed
 * @param headers      request headers, case-insensitive
 */
public record IncomingRequest(
        String method,
        String rawPath,
        String path,
        List<String> segments,
        String rawQuery,
        Map<String, String> query,
        Map<String, List<String>> headers,
        byte[] body) {

    public static IncomingRequest read(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String rawPath = uri.getRawPath() == null ? "/" : uri.getRawPath();
        String rawQuery = uri.getRawQuery();
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        List<String> segments;
        Map<String, String> query;
        try {
            segments = UriDecoding.pathSegments(rawPath);
            query = UriDecoding.query(rawQuery);
        } catch (IllegalArgumentException e) {
            segments = null;
            query = Map.of();
        }
        String path = segments == null ? rawPath : "/" + String.join("/", segments);
        return new IncomingRequest(
                exchange.getRequestMethod(), rawPath, path, segments, rawQuery, query, headers, body);
    }

    public boolean malformedUrl() {
        return segments == null;
    }

    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
