package io.github.camelcustomerio.customers.simulator.model;

/** The title and subtitle of the subscription centre in one language. */
public record PreferencesHeader(String title, String subtitle) {
    public PreferencesHeader {
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
    }
}
