package io.github.camelcustomerio.customers.simulator.workspace;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

import io.github.camelcustomerio.customers.simulator.model.CustomerObject;
import io.github.camelcustomerio.customers.simulator.model.Person;
import io.github.camelcustomerio.customers.simulator.model.Relationship;
import io.github.camelcustomerio.customers.simulator.paging.Cursor;
import io.github.camelcustomerio.customers.simulator.paging.Page;

/**
 * The relationships between people (by cio_id) and objects, oldest first, one per person and object.
 *
 * <p>Not thread-safe: only the {@link Workspace} reaches it, under its lock.
 */
final class RelationshipStore {

    private record RelationshipKey(String personCioId, int objectTypeId, String objectId) {}

    private long lastSequence;
    private final NavigableMap<Long, Relationship> relationships = new TreeMap<>();
    private final Map<RelationshipKey, Long> sequenceByKey = new HashMap<>();

    /** Relates a person to an object, or replaces the relationship's attributes; see {@link Workspace#relate}. */
    Relationship relate(
            Person person,
            CustomerObject object,
            Map<String, Object> attributes,
            Map<String, Long> timestamps,
            long now) {
        RelationshipKey key = new RelationshipKey(person.cioId(), object.objectTypeId(), object.objectId());
        Long sequence = sequenceByKey.get(key);
        Relationship previous = sequence == null ? null : relationships.get(sequence);
        Map<String, Long> stamped = new LinkedHashMap<>();
        Map<String, Object> values = attributes == null ? Map.of() : attributes;
        Map<String, Long> givenTimestamps = timestamps == null ? Map.of() : timestamps;
        values.forEach((name, value) -> stamped.put(
                name,
                givenTimestamps.containsKey(name)
                        ? givenTimestamps.get(name)
                        : previous != null
                                        && Objects.equals(previous.attributes().get(name), value)
                                        && previous.timestamps().containsKey(name)
                                ? previous.timestamps().get(name)
                                : now));
        Relationship stored = new Relationship(
                person.cioId(), object.objectTypeId(), object.objectId(), object.cioObjectId(), values, stamped);
        if (sequence == null) {
            sequence = ++lastSequence;
            sequenceByKey.put(key, sequence);
        }
        relationships.put(sequence, stored);
        return stored;
    }

    boolean unrelate(String personCioId, int objectTypeId, String objectId) {
        Long sequence = sequenceByKey.remove(new RelationshipKey(personCioId, objectTypeId, objectId));
        return sequence != null && relationships.remove(sequence) != null;
    }

    List<Relationship> of(String personCioId) {
        return relationships.values().stream()
                .filter(relationship -> relationship.personCioId().equals(personCioId))
                .toList();
    }

    Page<Relationship> pageOfPerson(String personCioId, Cursor after, int limit) {
        return page(relationship -> relationship.personCioId().equals(personCioId), after, limit);
    }

    Page<Relationship> pageOfObject(int objectTypeId, String objectId, Cursor after, int limit) {
        return page(
                relationship -> relationship.objectTypeId() == objectTypeId
                        && relationship.objectId().equals(objectId),
                after,
                limit);
    }

    void removePerson(String personCioId) {
        relationships
                .values()
                .removeIf(relationship -> relationship.personCioId().equals(personCioId));
        sequenceByKey.keySet().removeIf(key -> key.personCioId().equals(personCioId));
    }

    void removeObject(int objectTypeId, String objectId) {
        relationships
                .values()
                .removeIf(relationship -> relationship.objectTypeId() == objectTypeId
                        && relationship.objectId().equals(objectId));
        sequenceByKey
                .keySet()
                .removeIf(key ->
                        key.objectTypeId() == objectTypeId && key.objectId().equals(objectId));
    }

    int size() {
        return relationships.size();
    }

    private Page<Relationship> page(Predicate<Relationship> filter, Cursor after, int limit) {
        return Cursor.page(relationships, filter, after, limit);
    }
}
