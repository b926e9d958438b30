package io.github.camelcustomerio.customers.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import io.github.camelcustomerio.customers.simulator.http.IncomingRequest;

/** The most recent requests in arrival order, bounded so that long load runs keep constant memory. */
final class RequestLog {

    /** A logged request whose status is filled in once answered. */
    static final class Entry {
        private final IncomingRequest request;
        private volatile int status;

        private Entry(IncomingRequest request) {
            this.request = request;
        }

        void answered(int answeredStatus) {
            this.status = answeredStatus;
        }

        RecordedRequest snapshot() {
            return new RecordedRequest(
                    request.method(),
                    request.path(),
                    request.rawPath(),
                    request.rawQuery(),
                    request.query(),
                    request.headers(),
                    request.bodyText(),
                    status);
        }
    }

    private final int capacity;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private long total;

    RequestLog(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("request log size must be zero or more");
        }
        this.capacity = capacity;
    }

    synchronized Entry append(IncomingRequest request) {
        Entry entry = new Entry(request);
        total++;
        if (capacity > 0) {
            if (entries.size() == capacity) {
                entries.removeFirst();
            }
            entries.addLast(entry);
        }
        return entry;
    }

    List<RecordedRequest> snapshot() {
        List<Entry> copy;
        synchronized (this) {
            copy = new ArrayList<>(entries);
        }
        return copy.stream().map(Entry::snapshot).toList();
    }

    synchronized long total() {
        return total;
    }

    synchronized void clear() {
        entries.clear();
        total = 0;
    }
}
