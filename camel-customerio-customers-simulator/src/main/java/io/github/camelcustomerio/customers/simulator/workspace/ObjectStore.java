package io.github.camelcustomerio.customers.simulator.workspace;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import io.github.camelcustomerio.customers.simulator.filter.ObjectFilter;
import io.github.camelcustomerio.customers.simulator.model.CustomerObject;
import io.github.camelcustomerio.customers.simulator.model.ObjectIdType;
import io.github.camelcustomerio.customers.simulator.model.ObjectType;
import io.github.camelcustomerio.customers.simulator.paging.Cursor;
import io.github.camelcustomerio.customers.simulator.paging.Page;

/**
 * The object types and their objects, each type's objects in the order they were first stored, with an index
 * by cio_object_id.
 *
 * <p>Not thread-safe: only the {@link Workspace} reaches it, under its lock.
 */
final class ObjectStore {

    private record ObjectKey(int objectTypeId, String objectId) {}

    private final NavigableMap<Integer, ObjectType> types = new TreeMap<>();
    private long lastSequence;
    private final Map<Integer, NavigableMap<Long, CustomerObject>> objectsByType = new HashMap<>();
    private final Map<ObjectKey, Long> sequenceByKey = new HashMap<>();
    private final Map<String, ObjectKey> keyByCioObjectId = new HashMap<>();

    ObjectType putType(ObjectType type) {
        types.put(type.id(), type);
        objectsByType.computeIfAbsent(type.id(), id -> new TreeMap<>());
        return type;
    }

    List<ObjectType> types() {
        return List.copyOf(types.values());
    }

    Optional<ObjectType> type(int objectTypeId) {
        return Optional.ofNullable(types.get(objectTypeId));
    }

    /** Adds or replaces an object of an existing type; see {@link Workspace#putObject}. */
    CustomerObject put(CustomerObject object, long now) {
        if (!types.containsKey(object.objectTypeId())) {
            throw new IllegalArgumentException("no object type " + object.objectTypeId());
        }
        ObjectKey key = new ObjectKey(object.objectTypeId(), object.objectId());
        Long sequence = sequenceByKey.get(key);
        NavigableMap<Long, CustomerObject> objects = objectsByType.get(object.objectTypeId());
        CustomerObject previous = sequence == null ? null : objects.get(sequence);
        String cioObjectId = object.cioObjectId() != null
                ? object.cioObjectId()
                : previous != null ? previous.cioObjectId() : newCioObjectId();
        ObjectKey owner = keyByCioObjectId.get(cioObjectId);
        if (owner != null && !owner.equals(key)
                || previous != null && !previous.cioObjectId().equals(cioObjectId)) {
            throw new IllegalArgumentException("cio_object_id " + cioObjectId + " conflicts with another object");
        }
        Map<String, Long> timestamps = new LinkedHashMap<>();
        object.attributes()
                .forEach((name, value) -> timestamps.put(
                        name,
                        object.timestamps().containsKey(name)
                                ? object.timestamps().get(name)
                                : previous != null
                                                && Objects.equals(
                                                        previous.attributes().get(name), value)
                                                && previous.timestamps().containsKey(name)
                                        ? previous.timestamps().get(name)
                                        : now));
        CustomerObject stored = new CustomerObject(
                object.objectTypeId(), object.objectId(), cioObjectId, object.attributes(), timestamps);
        if (sequence == null) {
            sequence = ++lastSequence;
        }
        objects.put(sequence, stored);
        sequenceByKey.put(key, sequence);
        keyByCioObjectId.put(cioObjectId, key);
        return stored;
    }

    boolean delete(int objectTypeId, String objectId) {
        Long sequence = sequenceByKey.remove(new ObjectKey(objectTypeId, objectId));
        if (sequence == null) {
            return false;
        }
        CustomerObject removed = objectsByType.get(objectTypeId).remove(sequence);
        keyByCioObjectId.remove(removed.cioObjectId());
        return true;
    }

    Optional<CustomerObject> find(int objectTypeId, ObjectIdType idType, String value) {
        ObjectKey key =
                idType == ObjectIdType.OBJECT_ID ? new ObjectKey(objectTypeId, value) : keyByCioObjectId.get(value);
        Long sequence = key == null || key.objectTypeId() != objectTypeId ? null : sequenceByKey.get(key);
        return sequence == null
                ? Optional.empty()
                : Optional.of(objectsByType.get(objectTypeId).get(sequence));
    }

    /** The object with this id; {@link IllegalArgumentException} when there is none. */
    CustomerObject require(int objectTypeId, String objectId) {
        return find(objectTypeId, ObjectIdType.OBJECT_ID, objectId)
                .orElseThrow(() -> new IllegalArgumentException("no object " + objectId + " of type " + objectTypeId));
    }

    Page<CustomerObject> search(int objectTypeId, ObjectFilter filter, Cursor after, int limit) {
        return Cursor.page(objectsByType.getOrDefault(objectTypeId, new TreeMap<>()), filter::matches, after, limit);
    }

    int typeCount() {
        return types.size();
    }

    int objectCount() {
        return objectsByType.values().stream().mapToInt(Map::size).sum();
    }

    private String newCioObjectId() {
        long candidate = lastSequence + 1;
        while (keyByCioObjectId.containsKey(Identifiers.cioObjectId(candidate))) {
            candidate++;
        }
        return Identifiers.cioObjectId(candidate);
    }
}
