package io.github.camelcustomerio.customers.simulator.model;

import java.util.Arrays;
import java.util.Optional;

/** How a {@code customer_id} path segment identifies a person: the App API's {@code id_type} query parameter. */
public enum IdType {
    ID("id"),
    EMAIL("email"),
    /** The person's {@code phone} attribute, in E.164 form. */
    PHONE("phone"),
    CIO_ID("cio_id");

    private final String wireName;

    IdType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<IdType> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst();
    }
}
