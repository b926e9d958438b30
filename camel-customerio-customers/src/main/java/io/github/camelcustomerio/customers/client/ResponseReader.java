package io.github.camelcustomerio.customers.client;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.camelcustomerio.customers.api.CustomerIoInvalidResponseException;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;

/**
 * Reads a successful answer's JSON, or says precisely why it cannot: an empty body, a content type that is not
 * JSON, truncated or invalid JSON, or JSON that is not an object.
 */
public final class ResponseReader {

    private ResponseReader() {}

    /** The answer as a Map (JSON object), or null for a 204. */
    public static Map<String, Object> readMap(CustomerIoOperation operation, ApiResponse response) {
        return read(operation, response, body -> Json.mapReader().readValue(body.bytes(), 0, body.length()));
    }

    /** The answer as a Jackson tree (always an object), or null for a 204. */
    public static JsonNode readTree(CustomerIoOperation operation, ApiResponse response) {
        return read(operation, response, body -> {
            JsonNode tree = Json.mapper().readTree(body.bytes(), 0, body.length());
            if (tree != null && !tree.isObject()) {
                throw MismatchedInputException.from(null, JsonNode.class, "not an object");
            }
            return tree;
        });
    }

    /** Parses a non-empty JSON body; may throw Jackson's exceptions, which become invalid-answer errors. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(ResponseBody body) throws IOException;
    }

    /**
     * Checks that the answer is non-empty JSON and parses it, turning every way it can be unreadable into a
     * {@link CustomerIoInvalidResponseException}; answers null for a 204.
     */
    public static <T> T read(CustomerIoOperation operation, ApiResponse response, Parser<T> parser) {
        if (response.status() == 204) {
            return null;
        }
        if (response.body().isEmpty()) {
            throw invalid(operation, response, "empty body");
        }
        if (!response.isJson()) {
            throw invalid(operation, response, "expected application/json");
        }
        T value;
        try {
            value = parser.parse(response.body());
        } catch (MismatchedInputException e) {
            throw invalid(operation, response, "expected a JSON object");
        } catch (JsonProcessingException e) {
            throw invalid(
                    operation,
                    response,
                    "invalid JSON: "
                            + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw invalid(operation, response, "unreadable JSON: " + e.getMessage());
        }
        if (value == null) {
            throw invalid(operation, response, "expected a JSON object");
        }
        return value;
    }

    /** The error for an answer that cannot be used, saying why ({@code problem}) and what was received. */
    public static CustomerIoInvalidResponseException invalid(
            CustomerIoOperation operation, ApiResponse response, String problem) {
        return new CustomerIoInvalidResponseException(
                operation,
                response.attempts(),
                response.status(),
                response.reasonPhrase(),
                response.contentType(),
                response.body().preview(200),
                problem);
    }
}
