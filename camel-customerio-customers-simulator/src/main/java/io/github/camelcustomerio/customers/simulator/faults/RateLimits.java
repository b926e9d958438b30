package io.github.camelcustomerio.customers.simulator.faults;

import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelcustomerio.customers.simulator.http.ApiException;
import io.github.camelcustomerio.customers.simulator.http.ApiResponse;

/**
 * The App API's rate limiting: a per-second token bucket answered with 429 and {@code Retry-After}, and an
 * optional daily quota answered with 429 without {@code Retry-After}. Internal: public because the request pipeline,
 * in the root package, asks it about each request.
 */
public final class RateLimits {

    private final TokenBucket perSecond;
    private final DailyQuota daily;
    private final AtomicLong rejected = new AtomicLong();

    /**
     * @param perSecond {@code null} when there is no per-second limit
     * @param daily     {@code null} when there is no daily quota
     */
    RateLimits(TokenBucket perSecond, DailyQuota daily) {
        this.perSecond = perSecond;
        this.daily = daily;
    }

    /**
     * @param requestsPerSecond the per-second limit, 0 for none
     * @param requestsPerDay    the daily quota, 0 for none
     * @param clock             the clock that tells when a UTC day starts
     */
    public static RateLimits of(int requestsPerSecond, long requestsPerDay, Clock clock) {
        return new RateLimits(
                requestsPerSecond > 0 ? new TokenBucket(requestsPerSecond, System::nanoTime) : null,
                requestsPerDay > 0 ? new DailyQuota(requestsPerDay, clock) : null);
    }

    /** {@code null} when the request may proceed, otherwise the 429 answer. */
    public ApiResponse admit() {
        if (perSecond != null && !perSecond.tryAcquire()) {
            rejected.incrementAndGet();
            return tooManyRequests(perSecond.rate())
                    .withHeader("Retry-After", Long.toString(perSecond.secondsUntilNextToken()));
        }
        if (daily != null && !daily.tryConsume()) {
            rejected.incrementAndGet();
            return ApiResponse.error(ApiException.withoutCode(
                    429, "daily request quota of " + daily.limit() + " exceeded (reference " + reference() + ")"));
        }
        return null;
    }

    /** The per-second 429 body; also used by injected 429 faults. */
    static ApiResponse tooManyRequests(int ratePerSecond) {
        return ApiResponse.error(ApiException.withoutCode(
                429, "rate limited to " + ratePerSecond + " requests per 1s (reference " + reference() + ")"));
    }

    public int ratePerSecond() {
        return perSecond == null ? 0 : perSecond.rate();
    }

    public long rejected() {
        return rejected.get();
    }

    private static String reference() {
        return HexFormat.of()
                .toHexDigits(ThreadLocalRandom.current().nextInt(1 << 24))
                .substring(2);
    }
}
