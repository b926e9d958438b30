package io.github.camelcustomerio.customers.consumer;

/**
 * One item to hand to the route.
 *
 * @param item   the item, as the service gave it (or, for a member that left, the identifiers kept of it)
 * @param change what happened to it, in changes mode; null otherwise
 */
public record Emission(Object item, Change change) {}
