package io.github.camelcustomerio.customers.simulator.faults;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A number of requests allowed per UTC day. */
final class DailyQuota {

    private final long limit;
    private final Clock clock;
    private LocalDate day;
    private long used;

    DailyQuota(long limit, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("daily quota must be at least 1");
        }
        this.limit = limit;
        this.clock = clock;
    }

    synchronized boolean tryConsume() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!today.equals(day)) {
            day = today;
            used = 0;
        }
        if (used >= limit) {
            return false;
        }
        used++;
        return true;
    }

    long limit() {
        return limit;
    }
}
