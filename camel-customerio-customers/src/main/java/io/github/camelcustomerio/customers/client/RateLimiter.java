package io.github.camelcustomerio.customers.client;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps the requests to one workspace within the allowed rate. Requests are spaced evenly (with 10 a second, one
 * every 100 ms), so a burst never provokes the service's own limiter; and since a thread may be woken late, each
 * request also waits until fewer than the limit were sent within the last second plus a small margin, so that no
 * one-second window ever holds more. Callers are served in the order they ask (first come, first served).
 * <p>
 * The service counts a workspace's requests, whichever node sends them, so a 429 means that all of its clients
 * together asked too much. The limiter then pushes every later slot back by the time the service asked to wait, and
 * lowers its own rate to {@value #DECREASE} of what it was (once a second at most), recovering by
 * {@value #RECOVERY} of its ceiling per second without a 429: several nodes at default settings back off together
 * instead of spending their retries on 429s. Their shares are only even when each node is given its part of the
 * limit (the ceiling, rateLimit / rateLimitNodes).
 */
public final class RateLimiter {

    /** A limiter that never waits. */
    public static final RateLimiter UNLIMITED = new RateLimiter(0);

    /** The window checked on actual send times: a second, plus a margin for the jitter of the way to the service. */
    private static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(1_020);

    private static final double DECREASE = 0.7;
    private static final double RECOVERY = 0.05;
    private static final double FLOOR = 0.1;
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    /** Wakes the first caller of the queue this often to see whether a 429 moved its slot. */
    private static final long MAX_NAP_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final double ceiling;
    private final ReentrantLock queue = new ReentrantLock(true);
    private final long[] sent;
    private int oldest;
    private long nextSlot = System.nanoTime();
    private double rate;
    private long rateChangedAt = System.nanoTime();
    private long lastDecrease = Long.MIN_VALUE / 2;
    private long slowDowns;
    private long tooManyRequests;
    private long retryAfterPauseNanos;

    /** @param requestsPerSecond the most this limiter ever allows; 0 means no limit */
    public RateLimiter(double requestsPerSecond) {
        this.ceiling = Math.max(0, requestsPerSecond);
        this.rate = ceiling;
        this.sent = new long[Math.max(1, (int) Math.ceil(ceiling))];
        Arrays.fill(sent, Long.MIN_VALUE / 2);
    }

    /** The configured rate, the most this limiter allows. */
    public double requestsPerSecond() {
        return ceiling;
    }

    /** The rate it allows now: the ceiling, or less after 429s. */
    public synchronized double currentRate() {
        return ceiling == 0 ? 0 : recovered(System.nanoTime());
    }

    /** How many times a 429 lowered the rate. */
    public synchronized long slowDowns() {
        return slowDowns;
    }

    /** How many 429 answers this limiter was told about. */
    public synchronized long tooManyRequestsSeen() {
        return tooManyRequests;
    }

    /** How long, in all, the Retry-After of 429 answers held every caller back, in milliseconds. */
    public synchronized long retryAfterPauseMillis() {
        return TimeUnit.NANOSECONDS.toMillis(retryAfterPauseNanos);
    }

    /** How long a caller asking now would wait for its slot, in milliseconds (an estimate: the queue comes first). */
    public synchronized long currentWaitMillis() {
        if (ceiling == 0) {
            return 0;
        }
        long slot = Math.max(nextSlot, sent[oldest] + WINDOW_NANOS);
        return TimeUnit.NANOSECONDS.toMillis(Math.max(0, slot - System.nanoTime()));
    }

    /** How many callers are waiting for their turn, the first of the queue included. */
    public int queueLength() {
        return queue.getQueueLength() + (queue.isLocked() ? 1 : 0);
    }

    /**
     * Waits for this caller's turn. Callers queue in the order they ask; only the first of the queue waits for the
     * next slot, which it reads anew as it waits, so that a 429 or a lower rate delays everybody still waiting, not
     * only those who ask later. Answers false, without taking a slot, when its turn would come later than
     * {@code maxWaitNanos} from now.
     */
    public boolean acquire(long maxWaitNanos) throws InterruptedException {
        if (ceiling == 0) {
            return true;
        }
        long deadline = System.nanoTime() + maxWaitNanos;
        if (!queue.tryLock(maxWaitNanos, TimeUnit.NANOSECONDS)) {
            return false;
        }
        try {
            while (true) {
                long slot;
                synchronized (this) {
                    long now = System.nanoTime();
                    // spaced evenly, and never more than the limit within a one-second window of actual sends
                    slot = Math.max(nextSlot, sent[oldest] + WINDOW_NANOS);
                    if (now >= slot) {
                        sent[oldest] = now;
                        oldest = (oldest + 1) % sent.length;
                        long interval = (long) (SECOND / recovered(now));
                        // keep the cadence when woken a little late; after a pause, start it anew from now
                        nextSlot = (nextSlot > now - interval ? nextSlot : now) + interval;
                        return true;
                    }
                }
                if (slot > deadline) {
                    return false;
                }
                waitUntil(Math.min(slot, System.nanoTime() + MAX_NAP_NANOS));
            }
        } finally {
            queue.unlock();
        }
    }

    /**
     * The service answered 429: nobody sends before {@code delayNanos} from now (the Retry-After it gave, or 0), and
     * the rate goes down.
     */
    public void tooManyRequests(long delayNanos) {
        if (ceiling == 0) {
            return;
        }
        synchronized (this) {
            long now = System.nanoTime();
            tooManyRequests++;
            // only the part of the Retry-After beyond the slot already planned holds anybody back
            retryAfterPauseNanos += Math.max(0, now + delayNanos - Math.max(nextSlot, now));
            nextSlot = Math.max(nextSlot, now + delayNanos);
            if (now - lastDecrease >= SECOND) {
                rate = Math.max(ceiling * FLOOR, recovered(now) * DECREASE);
                rateChangedAt = now;
                lastDecrease = now;
                slowDowns++;
            }
        }
    }

    /** The rate after the recovery since its last change. */
    private double recovered(long now) {
        if (rate < ceiling) {
            rate = Math.min(ceiling, rate + ceiling * RECOVERY * (now - rateChangedAt) / SECOND);
        }
        rateChangedAt = now;
        return rate;
    }

    static void waitUntil(long deadline) throws InterruptedException {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for a request slot");
            }
        }
    }

    /** A rate as people write it: 10, or 3.33. */
    public static String format(double requestsPerSecond) {
        return requestsPerSecond == Math.rint(requestsPerSecond)
                ? String.valueOf((long) requestsPerSecond)
                : String.format(Locale.ROOT, "%.2f", requestsPerSecond);
    }

    @Override
    public String toString() {
        return ceiling == 0 ? "RateLimiter[unlimited]" : "RateLimiter[" + format(ceiling) + "/s]";
    }
}
