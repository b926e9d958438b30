package io.github.camelcustomerio.customers.api;

/**
 * A call to the Customer.io App API failed. Subclasses say how: {@link CustomerIoApiException} for an error answer
 * or an answer that cannot be read; the message never contains the API key.
 */
public class CustomerIoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CustomerIoOperation operation;
    private final int attempts;

    public CustomerIoException(CustomerIoOperation operation, int attempts, String message, Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.attempts = attempts;
    }

    /** The call that failed. */
    public CustomerIoOperation getOperation() {
        return operation;
    }

    /** How many times the call was sent before giving up (1 when it was not retried). */
    public int getAttempts() {
        return attempts;
    }
}
