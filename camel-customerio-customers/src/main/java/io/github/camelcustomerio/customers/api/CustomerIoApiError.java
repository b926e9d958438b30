package io.github.camelcustomerio.customers.api;

import java.util.Map;

/**
 * One entry of the service's error list ({@code {"errors":[{"status":"400","detail":"...","code":"...",
 * "source":{"pointer":"/filter"}}]}}).
 *
 * @param status        the HTTP status as the service reports it, as text
 * @param code          a stable error code, when given: match on this rather than on the detail text
 * @param detail        the human-readable explanation
 * @param sourcePointer a JSON pointer into the request body, when given
 * @param meta          free-form extra information, never null
 */
public record CustomerIoApiError(
        String status, String code, String detail, String sourcePointer, Map<String, Object> meta) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(detail == null ? "(no detail)" : detail);
        if (code != null) {
            text.append(" [code ").append(code).append(']');
        }
        if (sourcePointer != null) {
            text.append(" at ").append(sourcePointer);
        }
        return text.toString();
    }
}
