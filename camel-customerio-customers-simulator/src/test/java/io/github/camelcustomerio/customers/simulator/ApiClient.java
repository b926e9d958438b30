package io.github.camelcustomerio.customers.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.simulator.json.Json;

/** A tiny App API client for tests, on the JDK HTTP client. */
final class ApiClient {

    private static final HttpClient SHARED = newHttpClient();

    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;

    private ApiClient(HttpClient http, String baseUrl, String authorization) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    static ApiClient of(CustomerIoSimulator simulator) {
        return new ApiClient(SHARED, simulator.baseUrl(), "Bearer " + simulator.apiKey());
    }

    /** A client of a simulator serving HTTPS that trusts the certificates {@code trust} trusts. */
    static ApiClient of(CustomerIoSimulator simulator, SSLContext trust) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .sslContext(trust)
                .build();
        return new ApiClient(http, simulator.baseUrl(), "Bearer " + simulator.apiKey());
    }

    static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The same client with another Authorization header value, or none when {@code null}. */
    ApiClient withAuthorization(String value) {
        return new ApiClient(http, baseUrl, value);
    }

    /** The same client on its own, fresh connection pool. */
    ApiClient withFreshConnections() {
        return new ApiClient(newHttpClient(), baseUrl, authorization);
    }

    Reply get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    Reply post(String pathAndQuery, String json) {
        return send("POST", pathAndQuery, json);
    }

    Reply delete(String pathAndQuery) {
        return send("DELETE", pathAndQuery, null);
    }

    Reply send(String method, String pathAndQuery, String body, String... headerNamesAndValues) {
        try {
            return sendOrThrow(method, pathAndQuery, body, headerNamesAndValues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply sendOrThrow(String method, String pathAndQuery, String body, String... headerNamesAndValues)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            request.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A response: status, headers and body. */
    record Reply(int status, HttpHeaders headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
