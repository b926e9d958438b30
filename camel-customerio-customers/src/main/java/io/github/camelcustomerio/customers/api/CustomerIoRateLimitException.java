package io.github.camelcustomerio.customers.api;

/**
 * A call waited longer than allowed ({@code rateLimitMaxWait} or {@code callTimeout}) for its turn under the
 * component's rate limit: too many calls are queued for the workspace's requests-per-second budget.
 */
public class CustomerIoRateLimitException extends CustomerIoException {

    private static final long serialVersionUID = 1L;

    public CustomerIoRateLimitException(CustomerIoOperation operation, int attempts, String message) {
        super(operation, attempts, message, null);
    }
}
