package io.github.camelcustomerio.customers.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelcustomerio.customers.paging.ProgressLog;

/**
 * Where a consumer's walks stand, for operators: the walk in progress (its {@link ProgressLog}, which also writes the
 * INFO progress lines, and what was handed to the route) and the last walk that completed. The polling thread
 * writes; the developer console, JMX and metrics read from their own threads.
 */
public final class WalkStatus {

    /** A walk that completed: how long it took, the items its pages held and what it handed to the route. */
    public record CompletedWalk(
            Instant startedAt, Duration duration, long pages, long items, long handed, long joined, long left) {}

    /**
     * The walk in progress as it stands now.
     *
     * @param expectedItems the items the walk is expected to read (the previous walk's count), or -1 when unknown
     * @param estimatedEnd  when it should be done at its rate so far, or null when the expected count is unknown
     */
    public record WalkInProgress(
            Instant startedAt,
            long pages,
            long items,
            long handed,
            long joined,
            long left,
            long itemsPerSecond,
            long expectedItems,
            Instant estimatedEnd) {}

    private volatile ProgressLog current;
    private volatile long expectedItems = -1;
    private final AtomicLong handed = new AtomicLong();
    private final AtomicLong joined = new AtomicLong();
    private final AtomicLong left = new AtomicLong();
    private final AtomicLong handedInAll = new AtomicLong();
    private final AtomicLong walksCompleted = new AtomicLong();
    private final AtomicLong walkNanosInAll = new AtomicLong();
    private volatile CompletedWalk lastCompleted;

    /** A walk began reading its first page; {@code expected} items are expected (-1: unknown). */
    void started(ProgressLog progress, long expected) {
        handed.set(0);
        joined.set(0);
        left.set(0);
        expectedItems = expected;
        current = progress;
    }

    /** The route processed {@code count} items of the walk; {@code change} says how they changed (null: no change). */
    public void handed(int count, Change change) {
        if (count <= 0) {
            return;
        }
        handed.addAndGet(count);
        handedInAll.addAndGet(count);
        if (change == Change.joined) {
            joined.addAndGet(count);
        } else if (change == Change.left) {
            left.addAndGet(count);
        }
    }

    /** The walk handed everything it had to. */
    void completed() {
        ProgressLog progress = current;
        if (progress == null) {
            return;
        }
        long nanos = progress.elapsedNanos();
        lastCompleted = new CompletedWalk(
                progress.startedAt(),
                Duration.ofNanos(nanos),
                progress.pages(),
                progress.items(),
                handed.get(),
                joined.get(),
                left.get());
        walkNanosInAll.addAndGet(nanos);
        walksCompleted.incrementAndGet();
        current = null;
    }

    /** The walk in progress, or null between walks. */
    public WalkInProgress inProgress() {
        ProgressLog progress = current;
        if (progress == null) {
            return null;
        }
        long items = progress.items();
        long expected = expectedItems;
        Instant end = null;
        if (expected > 0 && items > 0) {
            long elapsed = progress.elapsedNanos();
            double remaining = Math.max(0, expected - items);
            end = Instant.now().plusNanos((long) (elapsed * remaining / items));
        }
        return new WalkInProgress(
                progress.startedAt(),
                progress.pages(),
                items,
                handed.get(),
                joined.get(),
                left.get(),
                progress.itemsPerSecond(),
                expected,
                end);
    }

    /** The last walk that completed, or null before the first one. */
    public CompletedWalk lastCompleted() {
        return lastCompleted;
    }

    /** Walks completed since the consumer started. */
    public long walksCompleted() {
        return walksCompleted.get();
    }

    /** The time all completed walks took, in nanoseconds. */
    public long walkNanosInAll() {
        return walkNanosInAll.get();
    }

    /** Items handed to the route since the consumer started. */
    public long handedInAll() {
        return handedInAll.get();
    }
}
