package io.github.camelcustomerio.customers.simulator.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A relationship between a person and an object, with its own attributes.
 *
 * @param personCioId  the person's cio_id
 * @param objectTypeId the object's type
 * @param objectId     the object's id
 * @param cioObjectId  the object's cio_object_id
 * @param attributes   relationship attributes (any JSON values, for example {@code role})
 * @param timestamps   unix seconds at which each relationship attribute was set
 */
public record Relationship(
        String personCioId,
        int objectTypeId,
        String objectId,
        String cioObjectId,
        Map<String, Object> attributes,
        Map<String, Long> timestamps) {

    public Relationship {
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        timestamps = timestamps == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(timestamps));
    }
}
