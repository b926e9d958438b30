package io.github.camelcustomerio.customers.simulator.filter;

import java.util.Arrays;
import java.util.Optional;

/** The comparison operators of people and object filter conditions. */
public enum FilterOperator {
    /** The attribute equals the condition's value (compared as text). */
    EQ("eq"),
    /** The attribute is present with a non-null value. */
    EXISTS("exists");

    private final String wireName;

    FilterOperator(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<FilterOperator> fromWireName(String name) {
        return Arrays.stream(values()).filter(op -> op.wireName.equals(name)).findFirst();
    }

    boolean test(Object attributeValue, String expected) {
        return switch (this) {
            case EXISTS -> attributeValue != null;
            case EQ -> attributeValue != null && String.valueOf(attributeValue).equals(expected);
        };
    }
}
