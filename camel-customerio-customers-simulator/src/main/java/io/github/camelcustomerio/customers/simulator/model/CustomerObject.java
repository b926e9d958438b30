package io.github.camelcustomerio.customers.simulator.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An object (for example a company) of an object type. Unlike person attributes, object attribute values
 * keep their JSON type (strings, numbers, booleans, lists, maps).
 *
 * @param objectTypeId the object type's id
 * @param objectId     the object's own id
 * @param cioObjectId  the Customer.io internal id; {@code null} lets the workspace assign one
 * @param attributes   attribute values
 * @param timestamps   unix seconds at which each attribute was set; missing ones are filled with "now"
 */
public record CustomerObject(
        int objectTypeId,
        String objectId,
        String cioObjectId,
        Map<String, Object> attributes,
        Map<String, Long> timestamps) {

    public CustomerObject {
        Objects.requireNonNull(objectId, "objectId");
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        timestamps = timestamps == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(timestamps));
    }

    public static CustomerObject of(int objectTypeId, String objectId, Map<String, Object> attributes) {
        return new CustomerObject(objectTypeId, objectId, null, attributes, null);
    }
}
