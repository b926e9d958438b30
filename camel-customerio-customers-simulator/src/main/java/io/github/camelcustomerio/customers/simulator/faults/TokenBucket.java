package io.github.camelcustomerio.customers.simulator.faults;

import java.util.function.LongSupplier;

/** A token bucket refilled continuously at {@code rate} tokens per second, holding at most {@code rate} tokens. */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final int rate;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    TokenBucket(int rate, LongSupplier nanoTime) {
        if (rate < 1) {
            throw new IllegalArgumentException("rate must be at least 1 per second");
        }
        this.rate = rate;
        this.nanoTime = nanoTime;
        this.tokens = rate;
        this.refilledAt = nanoTime.getAsLong();
    }

    synchronized boolean tryAcquire() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Whole seconds until a token is available, at least 1, as {@code Retry-After} wants. */
    synchronized long secondsUntilNextToken() {
        refill();
        return Math.max(1, (long) Math.ceil((1 - tokens) / rate));
    }

    int rate() {
        return rate;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(rate, tokens + (now - refilledAt) / NANOS_PER_SECOND * rate);
        refilledAt = now;
    }
}
