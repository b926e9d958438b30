package io.github.camelcustomerio.customers;

import org.apache.hc.core5.pool.PoolStats;

/**
 * Reads a component's connection pool statistics, which the component keeps package-private (its tests read them
 * the same way): the load benchmark checks that nothing stays leased and the pool stays within maxConnections.
 */
public final class ConnectionPoolProbe {

    private ConnectionPoolProbe() {
    }

    public static PoolStats stats(CustomerIoCustomersComponent component) {
        return component.transport().stats();
    }
}
