package io.github.camelcustomerio.customers.simulator.model;

import java.util.Objects;
import java.util.Set;

/**
 * A subscription channel.
 *
 * @param type one of {@code email}, {@code twilio}, {@code urban_airship}, {@code slack}, {@code push},
 *             {@code in_app}, {@code line}, {@code inbox}, {@code whatsapp}
 */
public record Channel(int id, String name, String description, boolean subscribedByDefault, String type) {

    private static final Set<String> TYPES =
            Set.of("email", "twilio", "urban_airship", "slack", "push", "in_app", "line", "inbox", "whatsapp");

    public Channel {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("channel type must be one of " + TYPES + ", not " + type);
        }
    }
}
