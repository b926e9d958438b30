package io.github.camelcustomerio.customers.simulator;

/** Answers one App API operation; throws {@link ApiException} for error answers. */
@FunctionalInterface
interface OperationHandler {
    ApiResponse handle(ApiRequest request);
}
