package io.github.camelcustomerio.customers.simulator.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import io.github.camelcustomerio.customers.simulator.model.Activity;
import io.github.camelcustomerio.customers.simulator.model.Message;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.paging.Cursor;
import io.github.camelcustomerio.customers.simulator.paging.Page;

/**
 * One kind of per-person log, activities or messages, by the person's cio_id. Both kinds take the same path:
 * {@link #add} numbers an entry, lets the kind's {@link Completion} fill in what the caller left out (an id, the
 * time, ...), and files it newest first; reads and pages are the same for both.
 *
 * <p>Not thread-safe: only the {@link Workspace} reaches it, under its lock.
 */
final class TimelineStore<T> {

    /** What the workspace fills in when an entry is added. */
    @FunctionalInterface
    interface Completion<T> {
        /** The entry as stored: with its time (never 0) and its id set; {@code number} is its sequence number. */
        T complete(T entry, Person person, long now, long number);
    }

    /**
     * The numbering the workspace's logs share, so that no two entries of a workspace have the same number
     * (generated ids derive from it) and entries of the same second keep the order they were added in.
     */
    static final class Sequence {
        private long last;

        long next() {
            return ++last;
        }
    }

    private final Sequence sequence;
    private final ToLongFunction<T> time;
    private final Completion<T> completion;
    private final Map<String, Timeline<T>> byCioId = new HashMap<>();

    private TimelineStore(Sequence sequence, ToLongFunction<T> time, Completion<T> completion) {
        this.sequence = sequence;
        this.time = time;
        this.completion = completion;
    }

    /** Activities: a timestamp of 0 means now; a missing id becomes a ULID-looking one. */
    static TimelineStore<Activity> activities(Sequence sequence) {
        return new TimelineStore<>(sequence, Activity::timestamp, (activity, person, now, number) -> {
            long timestamp = activity.timestamp() > 0 ? activity.timestamp() : now;
            return activity.at(timestamp)
                    .withId(activity.id() != null ? activity.id() : Identifiers.activityId(timestamp, number));
        });
    }

    /** Messages: a created time of 0 means now; missing ids are generated, a missing recipient is the person's email. */
    static TimelineStore<Message> messages(Sequence sequence) {
        return new TimelineStore<>(sequence, Message::created, (message, person, now, number) -> {
            long created = message.created() > 0 ? message.created() : now;
            String id = message.id() != null ? message.id() : Identifiers.messageId(created, number);
            String deduplicateId = message.deduplicateId() != null
                    ? message.deduplicateId()
                    : Identifiers.messageDeduplicateId(id, created);
            String recipient =
                    message.recipient() != null ? message.recipient() : person.email() != null ? person.email() : "";
            return message.at(created).withId(id, deduplicateId).withRecipient(recipient);
        });
    }

    /** Adds an entry to a person's log; answers it as stored. */
    T add(Person person, T entry, long now) {
        long number = sequence.next();
        T stored = completion.complete(entry, person, now, number);
        byCioId.computeIfAbsent(person.cioId(), key -> new Timeline<>()).add(stored, time.applyAsLong(stored), number);
        return stored;
    }

    /** A person's entries, newest first. */
    List<T> of(String cioId) {
        return timeline(cioId).items();
    }

    Page<T> page(String cioId, Predicate<T> filter, Cursor after, int limit) {
        return timeline(cioId).page(after, limit, filter);
    }

    void remove(String cioId) {
        byCioId.remove(cioId);
    }

    private Timeline<T> timeline(String cioId) {
        return byCioId.getOrDefault(cioId, new Timeline<>());
    }
}
