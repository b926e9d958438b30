package io.github.camelcustomerio.customers.simulator.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A person (customer profile) of the workspace.
 *
 * <p>{@code id}, {@code email} and {@code cio_id} are identifiers; every other attribute is a string, as
 * the App API answers them. A person needs at least one of {@code id}, {@code email} or {@code cio_id};
 * the workspace assigns a {@code cio_id} when none is given.
 *
 * @param id                  the person's id, or {@code null} for a profile known only by email or cio_id
 * @param email               the email address, or {@code null}
 * @param cioId               the Customer.io internal id; {@code null} until stored in a workspace
 * @param attributes          other attributes (for example {@code plan}, {@code phone})
 * @param attributeTimestamps unix seconds at which each attribute was last set
 * @param devices             push devices
 * @param unsubscribed        global unsubscribe flag
 * @param topicPreferences    explicit subscription-topic choices, by topic id; topics missing here use their default
 * @param createdAt           unix seconds of creation; 0 lets the workspace use "now"
 */
public record Person(
        String id,
        String email,
        String cioId,
        Map<String, String> attributes,
        Map<String, Long> attributeTimestamps,
        List<Device> devices,
        boolean unsubscribed,
        Map<Integer, Boolean> topicPreferences,
        long createdAt) {

    public Person {
        if (id == null && email == null && cioId == null) {
            throw new IllegalArgumentException("a person needs an id, an email or a cio_id");
        }
        attributes = immutableCopy(attributes);
        attributeTimestamps = immutableCopy(attributeTimestamps);
        devices = devices == null ? List.of() : List.copyOf(devices);
        topicPreferences =
                topicPreferences == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(topicPreferences));
    }

    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    public Builder toBuilder() {
        Builder builder = new Builder()
                .id(id)
                .email(email)
                .cioId(cioId)
                .unsubscribed(unsubscribed)
                .createdAt(createdAt);
        builder.attributes.putAll(attributes);
        builder.timestamps.putAll(attributeTimestamps);
        builder.devices.addAll(devices);
        builder.topicPreferences.putAll(topicPreferences);
        return builder;
    }

    /** The {@code phone} attribute, used by {@code id_type=phone}. */
    public String phone() {
        return attributes.get("phone");
    }

    /** The value a people filter sees for an attribute name; the identifiers count as attributes. */
    public String attribute(String name) {
        return switch (name) {
            case "id" -> id;
            case "email" -> email;
            case "cio_id" -> cioId;
            default -> attributes.get(name);
        };
    }

    private static <K, V> Map<K, V> immutableCopy(Map<K, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        map.forEach((key, value) -> Objects.requireNonNull(value, () -> "null value for " + key));
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Builds a {@link Person}; the identifier attributes {@code id}, {@code email} and {@code cio_id} set the identifiers. */
    public static final class Builder {
        private String id;
        private String email;
        private String cioId;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final Map<String, Long> timestamps = new LinkedHashMap<>();
        private final List<Device> devices = new ArrayList<>();
        private boolean unsubscribed;
        private final Map<Integer, Boolean> topicPreferences = new TreeMap<>();
        private long createdAt;

        private Builder() {}

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder cioId(String cioId) {
            this.cioId = cioId;
            return this;
        }

        /** Sets an attribute; a {@code null} value removes it. */
        public Builder attribute(String name, String value) {
            switch (name) {
                case "id" -> id = value;
                case "email" -> email = value;
                case "cio_id" -> cioId = value;
                default -> {
                    // The workspace keeps the old timestamp when the value did not change, and stamps "now" otherwise.
                    timestamps.remove(name);
                    if (value == null) {
                        attributes.remove(name);
                    } else {
                        attributes.put(name, value);
                    }
                }
            }
            return this;
        }

        /** Sets an attribute and the unix time at which it was set. */
        public Builder attribute(String name, String value, long timestamp) {
            attribute(name, value);
            if (value != null && attributes.containsKey(name)) {
                timestamps.put(name, timestamp);
            }
            return this;
        }

        public Builder attributes(Map<String, String> values) {
            values.forEach(this::attribute);
            return this;
        }

        public Builder device(Device device) {
            devices.removeIf(existing -> existing.id().equals(device.id()));
            devices.add(device);
            return this;
        }

        public Builder unsubscribed(boolean unsubscribed) {
            this.unsubscribed = unsubscribed;
            return this;
        }

        public Builder topicPreference(int topicId, boolean subscribed) {
            topicPreferences.put(topicId, subscribed);
            return this;
        }

        public Builder createdAt(long unixSeconds) {
            this.createdAt = unixSeconds;
            return this;
        }

        public Person build() {
            return new Person(
                    id, email, cioId, attributes, timestamps, devices, unsubscribed, topicPreferences, createdAt);
        }
    }
}
