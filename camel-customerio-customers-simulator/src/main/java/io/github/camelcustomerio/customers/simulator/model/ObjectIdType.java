package io.github.camelcustomerio.customers.simulator.model;

import java.util.Arrays;
import java.util.Optional;

/** How an {@code object_id} path segment identifies an object: the objects' {@code id_type} query parameter. */
public enum ObjectIdType {
    OBJECT_ID("object_id"),
    CIO_OBJECT_ID("cio_object_id");

    private final String wireName;

    ObjectIdType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ObjectIdType> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst();
    }
}
