package io.github.camelcustomerio.customers.simulator.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A subscription topic with its name and description per language.
 *
 * @param id                  topic id (answered as a string in subscription preferences)
 * @param subscribedByDefault whether people who never chose are subscribed
 * @param texts               name and description by lower-case language tag (for example {@code en}, {@code fr})
 */
public record Topic(int id, boolean subscribedByDefault, Map<String, Text> texts) {

    public Topic {
        if (texts == null || texts.isEmpty()) {
            throw new IllegalArgumentException("topic " + id + " needs a name in at least one language");
        }
        Map<String, Text> normalized = new LinkedHashMap<>();
        texts.forEach((language, text) -> normalized.put(language.toLowerCase(Locale.ROOT), text));
        texts = Collections.unmodifiableMap(normalized);
    }

    public static Topic of(int id, boolean subscribedByDefault, String language, String name, String description) {
        return new Topic(id, subscribedByDefault, Map.of(language, new Text(name, description)));
    }

    public Topic withText(String language, String name, String description) {
        Map<String, Text> copy = new LinkedHashMap<>(texts);
        copy.put(language.toLowerCase(Locale.ROOT), new Text(name, description));
        return new Topic(id, subscribedByDefault, copy);
    }

    /** The text in {@code language}, else in {@code fallbackLanguage}, else in any language. */
    public Text text(String language, String fallbackLanguage) {
        Text text = texts.get(language);
        if (text == null) {
            text = texts.get(fallbackLanguage);
        }
        return text != null ? text : texts.values().iterator().next();
    }

    /** A topic's translated name and description. */
    public record Text(String name, String description) {
        public Text {
            name = name == null ? "" : name;
            description = description == null ? "" : description;
        }
    }
}
