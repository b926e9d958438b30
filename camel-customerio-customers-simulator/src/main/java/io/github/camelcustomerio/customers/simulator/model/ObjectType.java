package io.github.camelcustomerio.customers.simulator.model;

import java.util.Locale;
import java.util.Objects;

/**
 * An object type (for example "Companies"). Its id is an integer in paths and a string in answers.
 *
 * @param enabled a disabled type still answers, and its relationships say {@code object_type_disabled: true}
 */
public record ObjectType(
        int id, String name, String singularName, String slug, String singularSlug, String icon, boolean enabled) {

    public ObjectType {
        Objects.requireNonNull(name, "name");
        singularName = singularName == null ? name : singularName;
        slug = slug == null ? name.toLowerCase(Locale.ROOT).replace(' ', '_') : slug;
        singularSlug =
                singularSlug == null ? singularName.toLowerCase(Locale.ROOT).replace(' ', '_') : singularSlug;
        icon = icon == null ? "" : icon;
    }
}
