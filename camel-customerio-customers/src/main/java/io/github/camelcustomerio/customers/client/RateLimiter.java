package io.github.camelcustomerio.customers.client;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Keeps the requests to one workspace within the allowed rate. Requests are spaced evenly (with 10 a second, one
 * every 100 ms), so a burst never provokes the service's own limiter; and since a thread may be woken late, each
 * request also waits until fewer than the limit were sent within the last second plus a small margin, so that no
 * one-second window ever holds more. Callers reserve slots in the order they ask (first come, first served); a 429
 * pushes every later slot back by the time the service asked to wait.
 */
public final class RateLimiter {

    /** A limiter that never waits. */
    public static final RateLimiter UNLIMITED = new RateLimiter(0);

    /** The window checked on actual send times: a second, plus a margin for the jitter of the way to the service. */
    private static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(1_020);

    private final int requestsPerSecond;
    private final long intervalNanos;
    private final long[] sent;
    private int oldest;
    private long nextSlot = System.nanoTime();

    public RateLimiter(int requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
        this.intervalNanos = requestsPerSecond > 0 ? TimeUnit.SECONDS.toNanos(1) / requestsPerSecond : 0;
        this.sent = new long[Math.max(1, requestsPerSecond)];
        java.util.Arrays.fill(sent, Long.MIN_VALUE / 2);
    }

    public int requestsPerSecond() {
        return requestsPerSecond;
    }

    /**
     * Waits for this caller's turn. Answers false, without taking a slot, when it would come later than
     * {@code maxWaitNanos} from now.
     */
    public boolean acquire(long maxWaitNanos) throws InterruptedException {
        if (intervalNanos == 0) {
            return true;
        }
        long deadline = System.nanoTime() + maxWaitNanos;
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, nextSlot);
            if (slot - now > maxWaitNanos) {
                return false;
            }
            nextSlot = slot + intervalNanos;
        }
        waitUntil(slot);
        while (true) {
            long windowOpens;
            synchronized (this) {
                long now = System.nanoTime();
                windowOpens = sent[oldest] + WINDOW_NANOS;
                if (now >= windowOpens) {
                    sent[oldest] = now;
                    oldest = (oldest + 1) % sent.length;
                    return true;
                }
            }
            if (windowOpens > deadline) {
                return false;
            }
            waitUntil(windowOpens);
        }
    }

    /** The service answered 429: nobody sends before {@code delayNanos} from now. */
    public void pauseFor(long delayNanos) {
        if (intervalNanos == 0) {
            return;
        }
        synchronized (this) {
            nextSlot = Math.max(nextSlot, System.nanoTime() + delayNanos);
        }
    }

    static void waitUntil(long deadline) throws InterruptedException {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for a request slot");
            }
        }
    }

    @Override
    public String toString() {
        return intervalNanos == 0 ? "RateLimiter[unlimited]" : "RateLimiter[" + requestsPerSecond + "/s]";
    }
}
