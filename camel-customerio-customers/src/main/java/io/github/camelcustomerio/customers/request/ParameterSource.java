package io.github.camelcustomerio.customers.request;

import io.github.camelcustomerio.customers.api.ApiParameter;

/**
 * Where the values of one call come from. The Camel side answers with the message header first, then the endpoint
 * URI option, then (for object and array parameters) the message body.
 */
@FunctionalInterface
public interface ParameterSource {

    /** The raw value of the parameter, of whatever type it was given, or {@code null} when it was not given. */
    Object value(ApiParameter parameter);
}
