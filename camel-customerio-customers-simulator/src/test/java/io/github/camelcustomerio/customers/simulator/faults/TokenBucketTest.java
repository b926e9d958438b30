package io.github.camelcustomerio.customers.simulator.faults;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void startsFullAndRefillsContinuously() {
        TokenBucket bucket = new TokenBucket(10, nanos::get);
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.tryAcquire()).isTrue();
        }
        assertThat(bucket.tryAcquire()).isFalse();
        assertThat(bucket.secondsUntilNextToken()).isEqualTo(1);

        nanos.addAndGet(99_000_000L);
        assertThat(bucket.tryAcquire()).isFalse();
        nanos.addAndGet(1_000_000L);
        assertThat(bucket.tryAcquire()).isTrue();
        assertThat(bucket.tryAcquire()).isFalse();
    }

    @Test
    void neverHoldsMoreThanItsRate() {
        TokenBucket bucket = new TokenBucket(5, nanos::get);
        nanos.addAndGet(60_000_000_000L);
        int granted = 0;
        while (bucket.tryAcquire()) {
            granted++;
        }
        assertThat(granted).isEqualTo(5);
    }

    @Test
    void dailyQuotaResetsAtUtcMidnight() {
        MutableClock clock = new MutableClock(Instant.parse("2024-06-10T23:59:00Z"));
        DailyQuota quota = new DailyQuota(2, clock);
        assertThat(quota.tryConsume()).isTrue();
        assertThat(quota.tryConsume()).isTrue();
        assertThat(quota.tryConsume()).isFalse();

        clock.now = Instant.parse("2024-06-11T00:00:01Z");
        assertThat(quota.tryConsume()).isTrue();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        private MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
