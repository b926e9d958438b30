package io.github.camelcustomerio.customers.api;

/** Where a parameter goes in the HTTP request. */
public enum Location {
    /** One percent-encoded path segment, replacing {@code {api_name}} in the path template. */
    PATH,
    /** A query string parameter. */
    QUERY,
    /** A member of the JSON request body. */
    BODY,
    /** An HTTP request header. */
    HEADER
}
