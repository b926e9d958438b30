package io.github.camelcustomerio.customers.simulator.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing.
 *
 * @param items the items, in order
 * @param next  where the next page starts, or {@code null} on the last page
 */
public record Page<T>(List<T> items, Cursor next) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }

    /** The wire form of {@link #next()}: the encoded cursor, or {@code ""} on the last page. */
    public String nextToken() {
        return next == null ? "" : next.encode();
    }
}
