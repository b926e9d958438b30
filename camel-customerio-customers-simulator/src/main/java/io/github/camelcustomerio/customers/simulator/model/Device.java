package io.github.camelcustomerio.customers.simulator.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A push device of a person.
 *
 * @param id         the device token
 * @param platform   {@code ios} or {@code android}
 * @param lastUsed   unix seconds, or {@code null} when unknown
 * @param attributes device attributes; every value is a string on the wire (for example {@code push_enabled})
 */
public record Device(String id, String platform, Long lastUsed, Map<String, String> attributes) {

    public Device {
        Objects.requireNonNull(id, "id");
        if (!"ios".equals(platform) && !"android".equals(platform)) {
            throw new IllegalArgumentException("device platform must be ios or android, not " + platform);
        }
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public static Device android(String token) {
        return new Device(token, "android", null, Map.of());
    }

    public static Device ios(String token) {
        return new Device(token, "ios", null, Map.of());
    }

    public Device withLastUsed(long unixSeconds) {
        return new Device(id, platform, unixSeconds, attributes);
    }

    public Device withAttribute(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(attributes);
        copy.put(name, value);
        return new Device(id, platform, lastUsed, copy);
    }
}
