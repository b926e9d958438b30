package io.github.camelcustomerio.customers.client;

import io.github.camelcustomerio.customers.api.CustomerIoOperation;

/**
 * Told about every attempt a client makes, as it happens: how metrics systems learn about calls without the client
 * knowing them.
 */
public interface CallObserver {

    /**
     * An attempt ended.
     *
     * @param status the HTTP status answered, or 0 when no answer came (I/O failure, timeout)
     * @param nanos  how long the attempt took, rate-limit wait excluded
     */
    void attempted(CustomerIoOperation operation, int status, long nanos);

    /** A failed attempt is about to be sent again. */
    void retried(CustomerIoOperation operation);

    /** An attempt waited this long for its slot under the workspace's rate limit. */
    void waitedForSlot(CustomerIoOperation operation, long nanos);
}
