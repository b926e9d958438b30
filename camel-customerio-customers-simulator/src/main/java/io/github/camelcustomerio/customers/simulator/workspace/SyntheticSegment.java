package io.github.camelcustomerio.customers.simulator.workspace;

import java.util.Iterator;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.TreeSet;

/**
 * The membership of a synthetic segment: indexes {@code 0 .. size-1} minus a small set of removed ones.
 * Not thread-safe: the workspace guards it.
 */
final class SyntheticSegment {

    private final SyntheticPeople people;
    private long size;
    private final NavigableSet<Long> removed = new TreeSet<>();

    SyntheticSegment(SyntheticPeople people, long size) {
        this.people = people;
        this.size = checkedSize(size);
    }

    SyntheticPeople people() {
        return people;
    }

    long size() {
        return size;
    }

    long memberCount() {
        return size - removed.size();
    }

    /** Whether a person with this index exists (members that were removed from the segment still exist). */
    boolean exists(long index) {
        return index >= 0 && index < size;
    }

    boolean isMember(long index) {
        return exists(index) && !removed.contains(index);
    }

    void remove(long... indexes) {
        for (long index : indexes) {
            if (!exists(index)) {
                throw new IllegalArgumentException(
                        "synthetic segment " + people.segmentId() + " has no member " + index);
            }
            removed.add(index);
        }
    }

    /** Appends members {@code size .. newSize-1}; because ids follow the index, they sort after everybody else. */
    void grow(long newSize) {
        if (newSize < size) {
            throw new IllegalArgumentException("synthetic segment " + people.segmentId() + " has " + size
                    + " members; it can only grow, not shrink to " + newSize);
        }
        size = checkedSize(newSize);
    }

    /** The member indexes greater than {@code afterIndex}, in order. */
    Iterator<Long> membersAfter(long afterIndex) {
        return new Iterator<>() {
            private long next = advance(afterIndex + 1);

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Long next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long current = next;
                next = advance(current + 1);
                return current;
            }

            private long advance(long from) {
                long candidate = Math.max(from, 0);
                while (candidate < size && removed.contains(candidate)) {
                    candidate++;
                }
                return candidate;
            }
        };
    }

    private static long checkedSize(long size) {
        if (size < 0 || size > SyntheticPeople.MAX_MEMBERS) {
            throw new IllegalArgumentException(
                    "a synthetic segment holds 0 to " + SyntheticPeople.MAX_MEMBERS + " members, not " + size);
        }
        return size;
    }
}
