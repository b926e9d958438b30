package io.github.camelcustomerio.customers.api;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.spi.HttpResponseAware;

/**
 * The service answered with an error status (4xx, 5xx). Carries the HTTP status, the operation, the service's error
 * list and the raw answer body. Implements {@link HttpResponseAware}, so Camel's health checks report the status.
 */
public class CustomerIoApiException extends CustomerIoException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private int statusCode;
    private String statusText;
    private final transient List<CustomerIoApiError> errors;
    private final String responseBody;
    private final Long retryAfterSeconds;

    public CustomerIoApiException(
            CustomerIoOperation operation,
            int attempts,
            int statusCode,
            String statusText,
            List<CustomerIoApiError> errors,
            String responseBody,
            Long retryAfterSeconds) {
        this(
                operation,
                attempts,
                statusCode,
                statusText,
                errors,
                responseBody,
                retryAfterSeconds,
                describe(operation, statusCode, statusText, errors, responseBody));
    }

    protected CustomerIoApiException(
            CustomerIoOperation operation,
            int attempts,
            int statusCode,
            String statusText,
            List<CustomerIoApiError> errors,
            String responseBody,
            Long retryAfterSeconds,
            String message) {
        super(operation, attempts, message, null);
        this.statusCode = statusCode;
        this.statusText = statusText;
        this.errors = List.copyOf(errors);
        this.responseBody = responseBody;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    private static String describe(
            CustomerIoOperation operation,
            int status,
            String statusText,
            List<CustomerIoApiError> errors,
            String body) {
        String reason = errors.isEmpty()
                ? (body == null || body.isBlank() ? "no error details in the answer" : "answer: " + abbreviate(body))
                : abbreviate(errors.stream().map(CustomerIoApiError::toString).collect(Collectors.joining("; ")), 1000);
        return operation.name() + " failed with HTTP " + status
                + (statusText == null || statusText.isBlank() ? "" : " " + statusText) + ": " + reason;
    }

    static String abbreviate(String text) {
        return abbreviate(text, 200);
    }

    /** The text on one line, cut at {@code maxChars}. */
    static String abbreviate(String text, int maxChars) {
        String flat = text.length() > maxChars * 4L ? text.substring(0, maxChars * 4) : text;
        flat = flat.replaceAll("\\s+", " ").trim();
        return flat.length() > maxChars ? flat.substring(0, maxChars) + "..." : flat;
    }

    /** The HTTP status code of the answer. */
    public int getStatusCode() {
        return statusCode;
    }

    /** The errors the service listed, in order; empty when the answer had none. */
    public List<CustomerIoApiError> getErrors() {
        return errors;
    }

    /** The answer body as received (possibly empty). */
    public String getResponseBody() {
        return responseBody;
    }

    /** The seconds the service asked to wait ({@code Retry-After}), or null when it did not say. */
    public Long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int getHttpResponseCode() {
        return statusCode;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.statusCode = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return statusText;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.statusText = status;
    }
}
