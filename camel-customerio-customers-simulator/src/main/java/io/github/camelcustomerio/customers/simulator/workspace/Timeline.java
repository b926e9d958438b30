package io.github.camelcustomerio.customers.simulator.workspace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import io.github.camelcustomerio.customers.simulator.paging.Cursor;
import io.github.camelcustomerio.customers.simulator.paging.Page;

/**
 * A person's newest-first log (activities or messages) with keyset paging on (timestamp, sequence).
 * Not thread-safe: the workspace guards it.
 */
final class Timeline<T> {

    private record Entry<T>(T item, long timestamp, long sequence) {}

    private static final Comparator<Entry<?>> NEWEST_FIRST = Comparator.<Entry<?>>comparingLong(Entry::timestamp)
            .thenComparingLong(Entry::sequence)
            .reversed();

    private final List<Entry<T>> entries = new ArrayList<>();

    void add(T item, long timestamp, long sequence) {
        Entry<T> entry = new Entry<>(item, timestamp, sequence);
        int index = Collections.binarySearch(entries, entry, NEWEST_FIRST);
        entries.add(index < 0 ? -index - 1 : index, entry);
    }

    List<T> items() {
        return entries.stream().map(Entry::item).toList();
    }

    Page<T> page(Cursor after, int limit, Predicate<T> filter) {
        Iterator<Entry<T>> candidates = entries.stream()
                .filter(entry -> after == null || isAfter(entry, after))
                .filter(entry -> filter.test(entry.item()))
                .iterator();
        return Cursor.page(candidates, limit, entry -> new Cursor(entry.timestamp(), entry.sequence()))
                .map(Entry::item);
    }

    private static boolean isAfter(Entry<?> entry, Cursor cursor) {
        return entry.timestamp() < cursor.position()
                || entry.timestamp() == cursor.position() && entry.sequence() < cursor.tieBreaker();
    }
}
