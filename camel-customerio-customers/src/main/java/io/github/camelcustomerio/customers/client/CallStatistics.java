package io.github.camelcustomerio.customers.client;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

import io.github.camelcustomerio.customers.api.CustomerIoOperation;

/**
 * What one client's calls came to since it started: calls made, how the failed ones failed, attempts sent again,
 * 429s received and time spent waiting for a slot under the rate limit. Read by operators (developer console, JMX)
 * while the calls go on, and passed on to the {@link CallObserver}s added (metrics).
 */
public final class CallStatistics implements CallObserver {

    /** The status of a call that got no answer: an I/O failure or a timeout. */
    public static final String NO_ANSWER = "none";

    /** The status of a call that found no slot under the rate limit in time, and so was never sent. */
    public static final String NO_SLOT = "noSlot";

    private final LongAdder calls = new LongAdder();
    private final LongAdder attempts = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder tooManyRequests = new LongAdder();
    private final LongAdder slotWaitNanos = new LongAdder();
    private final Map<String, LongAdder> failuresByStatus = new ConcurrentHashMap<>();
    private final List<CallObserver> observers = new CopyOnWriteArrayList<>();

    /** Tells the observer about every later attempt, retry and wait. */
    public void addObserver(CallObserver observer) {
        observers.add(observer);
    }

    public void removeObserver(CallObserver observer) {
        observers.remove(observer);
    }

    void called() {
        calls.increment();
    }

    /** A call failed for good, after its last attempt answered {@code status} (0: no answer). */
    void failed(int status) {
        failed(status == 0 ? NO_ANSWER : Integer.toString(status));
    }

    /** A call failed for good, for the reason named. */
    void failed(String status) {
        failuresByStatus.computeIfAbsent(status, key -> new LongAdder()).increment();
    }

    @Override
    public void attempted(CustomerIoOperation operation, int status, long nanos) {
        attempts.increment();
        if (status == 429) {
            tooManyRequests.increment();
        }
        observers.forEach(observer -> observer.attempted(operation, status, nanos));
    }

    @Override
    public void retried(CustomerIoOperation operation) {
        retries.increment();
        observers.forEach(observer -> observer.retried(operation));
    }

    @Override
    public void waitedForSlot(CustomerIoOperation operation, long nanos) {
        slotWaitNanos.add(nanos);
        observers.forEach(observer -> observer.waitedForSlot(operation, nanos));
    }

    /** Calls made (each may have taken several attempts). */
    public long calls() {
        return calls.sum();
    }

    /** Requests sent, retries included. */
    public long attempts() {
        return attempts.sum();
    }

    /** Failed attempts that were sent again. */
    public long retries() {
        return retries.sum();
    }

    /** Attempts the service answered with 429 Too Many Requests. */
    public long tooManyRequests() {
        return tooManyRequests.sum();
    }

    /** Time the attempts spent waiting for their slot under the rate limit, in milliseconds. */
    public long rateLimitWaitMillis() {
        return slotWaitNanos.sum() / 1_000_000;
    }

    /** Calls that failed for good, by the status of their last attempt ({@value #NO_ANSWER}: no answer,
     * {@value #NO_SLOT}: no slot under the rate limit in time). */
    public Map<String, Long> failuresByStatus() {
        Map<String, Long> failures = new TreeMap<>();
        failuresByStatus.forEach((status, count) -> failures.put(status, count.sum()));
        return failures;
    }

    /** Calls that failed for good. */
    public long failures() {
        return failuresByStatus.values().stream().mapToLong(LongAdder::sum).sum();
    }
}
