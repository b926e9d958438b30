package io.github.camelcustomerio.customers.consumer;

/** What the consumer hands to the route across polls. */
public enum ConsumerMode {
    /** Every walk through the pages hands every current item (the default for membership, searches, relationships). */
    snapshot,
    /**
     * Only the members that joined or left since the previous completed walk, marked in header
     * CamelCustomerioCustomersChange (segment membership, people and object searches).
     */
    changes,
    /** Only the items newer than the newest one already handed (the default for activities and messages). */
    newOnly
}
