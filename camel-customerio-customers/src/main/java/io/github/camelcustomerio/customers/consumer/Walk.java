package io.github.camelcustomerio.customers.consumer;

/**
 * A walk through the pages of one paged call, deciding what to hand to the route: every item (snapshot), what
 * joined and left since the previous walk (changes), or only what is new (newOnly). It keeps its position across
 * polls and, through a {@link StateStore}, across restarts, and never moves past an item the route did not process.
 */
public interface Walk {

    /** A poll begins: a walk that completed in an earlier poll may start over. */
    void startPoll();

    /** The next items to hand to the route, at most {@code max}; null when this poll has nothing more to hand. */
    Batch next(int max);

    /** Where this walk stands, for operators. */
    WalkStatus status();
}
