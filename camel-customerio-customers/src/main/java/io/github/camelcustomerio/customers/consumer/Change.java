package io.github.camelcustomerio.customers.consumer;

/** What happened to a member between two walks, in changes mode (header CamelCustomerioCustomersChange). */
public enum Change {
    /** In this walk, not in the previous completed one. */
    joined,
    /** In the previous completed walk, no longer in this one. */
    left
}
