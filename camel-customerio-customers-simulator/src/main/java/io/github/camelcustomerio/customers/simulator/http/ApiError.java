package io.github.camelcustomerio.customers.simulator.http;

/**
 * One item of the App API's {@code ErrorList} ({@code {"errors":[...]}}).
 *
 * @param status    the HTTP status as a string, for example {@code "400"}
 * @param detail    human-readable text
 * @param code      stable machine-readable code, or {@code null} to omit it
 * @param pointer   JSON pointer into the request body ({@code source.pointer}), or {@code null}
 * @param parameter offending query or path parameter ({@code source.parameter}), or {@code null}
 */
record ApiError(String status, String detail, String code, String pointer, String parameter) {}
