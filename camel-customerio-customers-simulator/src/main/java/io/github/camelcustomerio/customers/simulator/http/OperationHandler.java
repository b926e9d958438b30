package io.github.camelcustomerio.customers.simulator.http;

/** Answers one App API operation; throws {@link ApiException} for error answers. */
@FunctionalInterface
public interface OperationHandler {
    ApiResponse handle(ApiRequest request);
}
