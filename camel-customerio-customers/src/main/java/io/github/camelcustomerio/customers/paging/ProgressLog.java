package io.github.camelcustomerio.customers.paging;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the progress of a long walk at INFO, at most every few seconds: items and pages so far, the rate, and what
 * is being walked, so that an operator can watch a multi-million member sync advance. Short walks stay quiet. One
 * thread walks; others may read the figures while it does.
 */
public final class ProgressLog {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);

    private final String what;
    private final long intervalNanos;
    private final long started = System.nanoTime();
    private final Instant startedAt = Instant.now();
    private long lastLogged = started;
    private volatile long items;
    private volatile long pages;
    private boolean reported;

    /** @param what names the walk in log lines, e.g. "getSegmentMembership segmentId=7" */
    public ProgressLog(String what, long intervalMillis) {
        this.what = what;
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
    }

    /** Counts a page of {@code count} items, logging if the interval has passed. */
    public void page(int count) {
        items += count;
        pages++;
        long now = System.nanoTime();
        if (now - lastLogged >= intervalNanos) {
            lastLogged = now;
            reported = true;
            LOG.info("{}: {} items in {} pages so far, {} items/s", what, items, pages, rate(now));
        }
    }

    /** Logs the totals, if the walk was long enough to have reported progress. */
    public void finished() {
        if (reported) {
            LOG.info("{}: done, {} items in {} pages, {} items/s", what, items, pages, rate(System.nanoTime()));
        }
    }

    public long items() {
        return items;
    }

    public long pages() {
        return pages;
    }

    /** When the walk started (on this node: a walk resumed after a restart counts from the restart). */
    public Instant startedAt() {
        return startedAt;
    }

    /** Nanoseconds since the walk started. */
    public long elapsedNanos() {
        return System.nanoTime() - started;
    }

    /** Items read per second since the walk started. */
    public long itemsPerSecond() {
        return rate(System.nanoTime());
    }

    private long rate(long now) {
        long elapsed = Math.max(1, now - started);
        return items * TimeUnit.SECONDS.toNanos(1) / elapsed;
    }
}
