package io.github.camelcustomerio.customers.api;

import java.util.List;

/**
 * The service (or something in between, such as a gateway) answered, but not with the JSON the call documents:
 * invalid or truncated JSON, an HTML page, an empty body or another content type. Says what was received: status,
 * content type and the first bytes.
 */
public class CustomerIoInvalidResponseException extends CustomerIoApiException {

    private static final long serialVersionUID = 1L;

    private final String contentType;

    public CustomerIoInvalidResponseException(
            CustomerIoOperation operation,
            int attempts,
            int statusCode,
            String statusText,
            String contentType,
            String responseBody,
            String problem) {
        super(
                operation,
                attempts,
                statusCode,
                statusText,
                List.of(),
                responseBody,
                null,
                describe(operation, statusCode, contentType, responseBody, problem));
        this.contentType = contentType;
    }

    private static String describe(
            CustomerIoOperation operation, int status, String contentType, String body, String problem) {
        String received =
                body == null || body.isEmpty() ? "an empty body" : "a body starting '" + abbreviate(body) + "'";
        return operation.name() + " received an unreadable answer (" + problem + "): HTTP " + status + ", content type "
                + (contentType == null ? "none" : contentType) + ", " + received;
    }

    /** The content type the answer declared, or null. */
    public String getContentType() {
        return contentType;
    }
}
