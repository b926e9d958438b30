package io.github.camelcustomerio.customers.api;

/**
 * The service could not be reached or did not answer in time: connection refused or reset, DNS failure, connect,
 * response or call timeout. The cause is the underlying I/O error.
 */
public class CustomerIoTransportException extends CustomerIoException {

    private static final long serialVersionUID = 1L;

    public CustomerIoTransportException(CustomerIoOperation operation, int attempts, String message, Throwable cause) {
        super(operation, attempts, message, cause);
    }
}
