package io.github.camelcustomerio.customers.consumer;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Items a walk hands to the route together, all from one page (or all "left" events from one stretch of the
 * previous membership). The consumer reports how many of them the route processed, in order, through
 * {@link #acknowledge(int)}; the walk's position moves past those and no further.
 *
 * @param emissions   the items
 * @param pageCursor  the cursor of the page they came from (null for the first page or for "left" events)
 * @param next        the cursor of the page after it (null or empty on the last page)
 * @param acknowledge advances the walk past the first {@code n} items
 */
public record Batch(List<Emission> emissions, String pageCursor, String next, IntConsumer acknowledge) {

    public int size() {
        return emissions.size();
    }

    /** The first {@code processed} items went through the route; the walk may move past them. */
    public void acknowledge(int processed) {
        acknowledge.accept(processed);
    }
}
