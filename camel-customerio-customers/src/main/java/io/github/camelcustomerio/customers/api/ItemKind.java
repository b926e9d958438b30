package io.github.camelcustomerio.customers.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the items of a paged answer are, and so how to tell them apart: people and objects by their identifiers,
 * relationships by the related party, activities and messages by time then id (they come newest first).
 */
public enum ItemKind {

    /** A person's identifiers {@code {id, email, cio_id}}: known by cio_id (always present), else id. */
    PERSON("cio_id", "id") {
        @Override
        public String key(Map<String, Object> item) {
            String cioId = text(item.get("cio_id"));
            String id = text(item.get("id"));
            return cioId != null ? cioId : id != null ? "id:" + id : null;
        }
    },
    /** An object's identifiers {@code {object_id, cio_object_id}}: known by object_id. */
    OBJECT("object_id", "cio_object_id") {
        @Override
        public String key(Map<String, Object> item) {
            return text(item.get("object_id"));
        }
    },
    /** An object a person is related to: known by object type and object id. */
    RELATED_OBJECT(null, null) {
        @Override
        public String key(Map<String, Object> item) {
            String objectId = text(identifiers(item).get("object_id"));
            return objectId == null ? null : text(item.get("object_type_id")) + "/" + objectId;
        }
    },
    /** A person related to an object: known by their cio_id. */
    RELATED_PERSON(null, null) {
        @Override
        public String key(Map<String, Object> item) {
            return text(identifiers(item).get("cio_id"));
        }
    },
    /** An activity, newest first: ordered by {@code timestamp}, then {@code id}. */
    ACTIVITY(null, null) {
        @Override
        public String key(Map<String, Object> item) {
            return text(item.get("id"));
        }

        @Override
        public long time(Map<String, Object> item) {
            return number(item.get("timestamp"));
        }
    },
    /** A message, newest first: ordered by {@code created}, then {@code id}. */
    MESSAGE(null, null) {
        @Override
        public String key(Map<String, Object> item) {
            return text(item.get("id"));
        }

        @Override
        public long time(Map<String, Object> item) {
            return number(item.get("created"));
        }
    };

    /**
     * How the key of an item without the fields that identify it begins (followed by a fingerprint of its content):
     * see the consumer's walks.
     */
    public static final String CONTENT_KEY = "content:";

    private final String keyField;
    private final String secondaryField;

    ItemKind(String keyField, String secondaryField) {
        this.keyField = keyField;
        this.secondaryField = secondaryField;
    }

    /**
     * What tells this item apart from the others of the same walk, as the service documents it; null when the item
     * lacks the fields that identify it (which the service always sends).
     */
    public abstract String key(Map<String, Object> item);

    /**
     * The item's time in unix seconds, for kinds that come newest first; 0 when it has none, or none that reads as a
     * number.
     */
    public long time(Map<String, Object> item) {
        throw new IllegalStateException(name() + " items are not ordered by time");
    }

    /** Whether items come newest first, so that a walk can stop at the first one already seen. */
    public boolean isTimeline() {
        return this == ACTIVITY || this == MESSAGE;
    }

    /** Whether the items are members of a set that can be compared between walks (who joined, who left). */
    public boolean isMembership() {
        return keyField != null;
    }

    /** The second identifier kept for members, so that a "left" event can say who left (e.g. a person's id). */
    public String secondary(Map<String, Object> item) {
        return text(item.get(secondaryField));
    }

    /** The body of a "left" event: the identifiers kept for a member that is gone. */
    public Map<String, Object> leftItem(String key, String secondary) {
        Map<String, Object> item = new LinkedHashMap<>();
        if (key.startsWith(CONTENT_KEY)) {
            // a member that came without its identifier: only the other one is known
            item.put(keyField, null);
            item.put(secondaryField, secondary);
        } else if (this == PERSON && key.startsWith("id:")) {
            item.put("cio_id", null);
            item.put(secondaryField, key.substring(3));
        } else {
            item.put(keyField, key);
            item.put(secondaryField, secondary);
        }
        return item;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> identifiers(Map<String, Object> item) {
        Object identifiers = item.get("identifiers");
        return identifiers instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static long number(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
