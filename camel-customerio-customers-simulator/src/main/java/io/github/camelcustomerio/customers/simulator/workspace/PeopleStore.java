package io.github.camelcustomerio.customers.simulator.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import io.github.camelcustomerio.customers.simulator.model.IdType;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.paging.Cursor;
import io.github.camelcustomerio.customers.simulator.paging.Page;

/**
 * The stored people in the order they were first stored, each under a sequence number, with indexes by id,
 * cio_id, email (case-insensitive) and phone. Synthetic people are not here: they belong to their segment.
 *
 * <p>Not thread-safe: only the {@link Workspace} reaches it, under its lock.
 */
final class PeopleStore {

    /** A stored person and the sequence number that orders them. */
    record Stored(long sequence, Person person) {}

    private long lastSequence;
    private long lastGeneratedCioId;
    private final NavigableMap<Long, Person> bySequence = new TreeMap<>();
    private final Map<String, Long> sequenceById = new HashMap<>();
    private final Map<String, Long> sequenceByCioId = new HashMap<>();
    private final Map<String, NavigableSet<Long>> sequencesByEmail = new HashMap<>();
    private final Map<String, NavigableSet<Long>> sequencesByPhone = new HashMap<>();

    /** Adds or replaces a person; see {@link Workspace#putPerson}. */
    Person put(Person person, long now) {
        Long sequence = person.id() != null
                ? sequenceById.get(person.id())
                : person.cioId() != null ? sequenceByCioId.get(person.cioId()) : null;
        Person previous = sequence == null ? null : bySequence.get(sequence);
        if (person.cioId() != null) {
            Long owner = sequenceByCioId.get(person.cioId());
            if (owner != null && !owner.equals(sequence)) {
                throw new IllegalArgumentException("cio_id " + person.cioId() + " already belongs to another person");
            }
            if (previous != null && !person.cioId().equals(previous.cioId())) {
                throw new IllegalArgumentException("the cio_id of person " + person.id() + " cannot change");
            }
        }
        long createdAt = person.createdAt() > 0 ? person.createdAt() : previous != null ? previous.createdAt() : now;
        String cioId = person.cioId() != null ? person.cioId() : previous != null ? previous.cioId() : newCioId();
        Map<String, Long> timestamps = new LinkedHashMap<>();
        person.attributes().forEach((name, value) -> {
            Long given = person.attributeTimestamps().get(name);
            if (given != null) {
                timestamps.put(name, given);
            } else if (previous != null
                    && value.equals(previous.attributes().get(name))
                    && previous.attributeTimestamps().containsKey(name)) {
                timestamps.put(name, previous.attributeTimestamps().get(name));
            } else {
                timestamps.put(name, previous == null ? createdAt : now);
            }
        });
        Person stored = new Person(
                person.id(),
                person.email(),
                cioId,
                person.attributes(),
                timestamps,
                person.devices(),
                person.unsubscribed(),
                person.topicPreferences(),
                createdAt);
        if (previous == null) {
            sequence = ++lastSequence;
        } else {
            unindex(previous, sequence);
        }
        bySequence.put(sequence, stored);
        index(stored, sequence);
        return stored;
    }

    /** Removes the stored person with this id, answering them and their sequence number. */
    Optional<Stored> remove(String personId) {
        Long sequence = sequenceById.get(personId);
        if (sequence == null) {
            return Optional.empty();
        }
        Person person = bySequence.remove(sequence);
        unindex(person, sequence);
        return Optional.of(new Stored(sequence, person));
    }

    /** The stored person with this id; {@link IllegalArgumentException} when there is none. */
    Person requireStored(String personId) {
        Long sequence = sequenceById.get(personId);
        if (sequence == null) {
            throw new IllegalArgumentException("no stored person with id " + personId);
        }
        return bySequence.get(sequence);
    }

    /** Looks a stored person up the way {@code id_type} does; emails compare case-insensitively. */
    Optional<Person> find(IdType idType, String value) {
        return switch (idType) {
            case ID -> at(sequenceById.get(value));
            case EMAIL -> first(sequencesByEmail.get(normalizedEmail(value)));
            case PHONE -> first(sequencesByPhone.get(value));
            case CIO_ID -> at(sequenceByCioId.get(value));
        };
    }

    /** Every stored person with this email, in order. */
    List<Person> withEmail(String email) {
        List<Person> matches = new ArrayList<>();
        NavigableSet<Long> sequences = sequencesByEmail.get(normalizedEmail(email));
        if (sequences != null) {
            sequences.forEach(sequence -> matches.add(bySequence.get(sequence)));
        }
        return matches;
    }

    /** The sequence number of the stored person with this cio_id, or {@code null} when it is not stored. */
    Long sequenceOf(String cioId) {
        return sequenceByCioId.get(cioId);
    }

    boolean isStored(Person person) {
        return sequenceByCioId.containsKey(person.cioId());
    }

    Person bySequence(long sequence) {
        return bySequence.get(sequence);
    }

    /** One page of the stored people that match, in order, positioned by sequence number. */
    Page<Person> page(Predicate<Person> filter, Cursor after, int limit) {
        return Cursor.page(bySequence, filter, after, limit);
    }

    long count(Predicate<Person> filter) {
        return bySequence.values().stream().filter(filter).count();
    }

    List<Person> all() {
        return List.copyOf(bySequence.values());
    }

    int size() {
        return bySequence.size();
    }

    static String normalizedEmail(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    private Optional<Person> at(Long sequence) {
        return sequence == null ? Optional.empty() : Optional.ofNullable(bySequence.get(sequence));
    }

    private Optional<Person> first(NavigableSet<Long> sequences) {
        return sequences == null || sequences.isEmpty() ? Optional.empty() : at(sequences.first());
    }

    private String newCioId() {
        String candidate;
        do {
            candidate = Identifiers.cioId(++lastGeneratedCioId);
        } while (sequenceByCioId.containsKey(candidate));
        return candidate;
    }

    private void index(Person person, long sequence) {
        if (person.id() != null) {
            sequenceById.put(person.id(), sequence);
        }
        sequenceByCioId.put(person.cioId(), sequence);
        if (person.email() != null) {
            sequencesByEmail
                    .computeIfAbsent(normalizedEmail(person.email()), key -> new TreeSet<>())
                    .add(sequence);
        }
        if (person.phone() != null) {
            sequencesByPhone
                    .computeIfAbsent(person.phone(), key -> new TreeSet<>())
                    .add(sequence);
        }
    }

    private void unindex(Person person, long sequence) {
        if (person.id() != null) {
            sequenceById.remove(person.id());
        }
        sequenceByCioId.remove(person.cioId());
        if (person.email() != null) {
            removeFromIndex(sequencesByEmail, normalizedEmail(person.email()), sequence);
        }
        if (person.phone() != null) {
            removeFromIndex(sequencesByPhone, person.phone(), sequence);
        }
    }

    private static void removeFromIndex(Map<String, NavigableSet<Long>> index, String key, long sequence) {
        NavigableSet<Long> sequences = index.get(key);
        if (sequences != null) {
            sequences.remove(sequence);
            if (sequences.isEmpty()) {
                index.remove(key);
            }
        }
    }
}
