package io.github.camelcustomerio.customers.simulator.paging;

/**
 * The {@code limit} query parameter's default and maximum for a paged operation.
 *
 * @param defaultLimit page size when {@code limit} is absent
 * @param maximum      largest accepted {@code limit}; larger values answer 400
 */
public record PageLimits(int defaultLimit, int maximum) {}
